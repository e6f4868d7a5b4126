package org.shouwang.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The days a ledger covers, both included; either end may be open (a ledger is a complete list unless narrowed, so
 * unlike the compliance period there is no default and no length limit).
 */
public record LedgerPeriod(LocalDate from, LocalDate to) {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    public static LedgerPeriod parse(String from, String to) {
        LocalDate start = date(from, "开始日期");
        LocalDate end = date(to, "结束日期");
        if (start != null && end != null && start.isAfter(end)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_PERIOD", "开始日期不能晚于结束日期");
        }
        return new LedgerPeriod(start, end);
    }

    public boolean open() {
        return from == null && to == null;
    }

    /** "2026-01-01 至 2026-06-30", "2026-01-01 起", "全部". */
    public String describe() {
        if (open()) {
            return "全部";
        }
        if (to == null) {
            return from + " 起";
        }
        return from == null ? "截至 " + to : from + " 至 " + to;
    }

    private static LocalDate date(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_DATE", name + "格式应为 yyyy-MM-dd");
        }
        if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_DATE", name + "须在 2000 年至 2099 年之间");
        }
        return d;
    }
}
