package org.shouwang.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.shouwang.shared.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The period a compliance report covers, both days included: by default the year so far; at most three years, so one
 * request cannot make the server read a county's whole history.
 */
public record CompliancePeriod(LocalDate from, LocalDate to) {

    static final int MAX_YEARS = 3;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    public static CompliancePeriod parse(String from, String to, LocalDate today) {
        LocalDate end = date(to, "结束日期", today);
        LocalDate start = date(from, "开始日期", end.withDayOfYear(1));
        if (start.isAfter(end)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "BAD_PERIOD", "开始日期不能晚于结束日期");
        }
        if (start.isBefore(end.minusYears(MAX_YEARS))) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "PERIOD_TOO_LONG", "统计期间最长三年，请缩短日期范围");
        }
        return new CompliancePeriod(start, end);
    }

    private static LocalDate date(String text, String name, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
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
