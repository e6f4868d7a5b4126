package org.shouwang.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.access.CurrentUser;
import org.shouwang.access.Permission;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A county administrator's own calendar days (issue 3, point 4): a county may declare a holiday or an adjusted
 * working day of its own, which overrides the national calendar for its users. The State Council's days stay as
 * they are. Every change is kept in {@code calendar_change}.
 */
@Component
public class CalendarEdits {

    /** What the administrator enters for a day. */
    public record DayInput(String kind, String name, String source) {
    }

    static final int NAME_MAX = 50;
    static final int SOURCE_MAX = 300;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final WorkingDays workingDays;

    CalendarEdits(JdbcClient jdbc, TransactionTemplate tx, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.workingDays = workingDays;
    }

    /** Adds or changes the county's day {@code date}; answers the stored day. */
    public CalendarDay put(CurrentUser user, String date, DayInput input) {
        String county = countyOf(user);
        List<Violation> errors = new ArrayList<>();
        LocalDate day = parseDay(date, errors);
        DayInput in = input == null ? new DayInput(null, null, null) : input;
        DayKind kind = parseKind(in.kind(), errors);
        String name = trim(in.name());
        String source = trim(in.source());
        if (name.isEmpty()) {
            errors.add(new Violation("name", "NAME_REQUIRED", "请填写名称"));
        } else if (name.length() > NAME_MAX) {
            errors.add(new Violation("name", "NAME_TOO_LONG", "名称不能超过" + NAME_MAX + "字"));
        } else if (!plainText(name)) {
            errors.add(new Violation("name", "NAME_CHARS", "名称不能包含 < > \" ' 或控制字符"));
        }
        if (source.isEmpty()) {
            errors.add(new Violation("source", "SOURCE_REQUIRED", "请填写依据（如本县的通知文号）"));
        } else if (source.length() > SOURCE_MAX) {
            errors.add(new Violation("source", "SOURCE_TOO_LONG", "依据不能超过" + SOURCE_MAX + "字"));
        } else if (source.chars().anyMatch(Character::isISOControl)) {
            errors.add(new Violation("source", "SOURCE_CHARS", "依据不能包含控制字符"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        refuseNational(day);
        CalendarDay stored = new CalendarDay(day, kind, name, source, county);
        tx.executeWithoutResult(s -> {
            String before = kindOf(county, day);
            jdbc.sql("""
                    insert into calendar_day (region_code, day, kind, name, source) values (?, ?, ?, ?, ?)
                    on conflict (region_code, day) do update set kind = excluded.kind, name = excluded.name, source = excluded.source
                    """).params(county, day, kind.name(), name, source).update();
            audit(county, day, before, kind.name(), user.username());
        });
        workingDays.invalidate(county);
        return stored;
    }

    /** Removes the county's day {@code date}, so the national calendar applies again. */
    public void delete(CurrentUser user, String date) {
        String county = countyOf(user);
        List<Violation> errors = new ArrayList<>();
        LocalDate day = parseDay(date, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        boolean removed = Boolean.TRUE.equals(tx.execute(s -> {
            String before = kindOf(county, day);
            if (before == null) {
                return false;
            }
            jdbc.sql("delete from calendar_day where region_code = ? and day = ?").params(county, day).update();
            audit(county, day, before, null, user.username());
            return true;
        }));
        if (!removed) {
            refuseNational(day);
            throw ProblemException.notFound("本县的日历调整");
        }
        workingDays.invalidate(county);
    }

    private static String countyOf(CurrentUser user) {
        user.require(Permission.CALENDAR_EDIT);
        String county = WorkingDays.countyOf(user.scope().value());
        if (county.equals(WorkingDays.NATIONAL)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "COUNTY_SCOPE", "只有县级及以下管辖范围的管理员可以调整本县日历");
        }
        return county;
    }

    private void refuseNational(LocalDate day) {
        boolean national = jdbc.sql("select count(*) from calendar_day where region_code = ? and day = ?")
                .params(WorkingDays.NATIONAL, day).query(Long.class).single() > 0;
        if (national) {
            throw new ProblemException(HttpStatus.CONFLICT, "NATIONAL_DAY", "全国统一的节假日安排不能修改，可添加本县的调整");
        }
    }

    private String kindOf(String county, LocalDate day) {
        return jdbc.sql("select kind from calendar_day where region_code = ? and day = ? for update")
                .params(county, day).query(String.class).optional().orElse(null);
    }

    private void audit(String county, LocalDate day, String before, String after, String actor) {
        jdbc.sql("insert into calendar_change (region_code, day, before_kind, after_kind, actor) values (?, ?, ?, ?, ?)")
                .params(county, day, before, after, actor).update();
    }

    private static LocalDate parseDay(String text, List<Violation> errors) {
        try {
            LocalDate day = LocalDate.parse(text == null ? "" : text);
            if (day.getYear() < 2000 || day.getYear() > 2100) {
                errors.add(new Violation("day", "DAY_RANGE", "日期应在2000年至2100年之间"));
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.add(new Violation("day", "DAY_FORMAT", "日期格式应为 yyyy-MM-dd"));
            return null;
        }
    }

    private static DayKind parseKind(String text, List<Violation> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new Violation("kind", "KIND_REQUIRED", "请选择放假或调休上班"));
            return null;
        }
        try {
            return DayKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            errors.add(new Violation("kind", "KIND_INVALID", "类型只能是放假（HOLIDAY）或调休上班（WORKDAY）"));
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static boolean plainText(String s) {
        return s.chars().noneMatch(c -> c == '<' || c == '>' || c == '"' || c == '\'' || Character.isISOControl(c));
    }
}
