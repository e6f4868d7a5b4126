package org.shouwang.assistance;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A month ("2026-10", 2026年10月) or a quarter ("2026-Q3", 2026年第3季度) that income is registered for. */
record IncomePeriod(LocalDate start, LocalDate end, int months) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?[Qq]([1-4])");

    /** Null when the text is neither form. */
    static IncomePeriod parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m = MONTH.matcher(s);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return null;
            }
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), month, 1);
            return new IncomePeriod(start, start.plusMonths(1).minusDays(1), 1);
        }
        Matcher q = QUARTER.matcher(s);
        if (q.matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1, 1);
            return new IncomePeriod(start, start.plusMonths(3).minusDays(1), 3);
        }
        return null;
    }

    static IncomePeriod of(LocalDate start, LocalDate end) {
        int months = (end.getYear() - start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue() + 1;
        return new IncomePeriod(start, end, months);
    }

    String code() {
        return months == 3 ? start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1)
                : months == 1 ? start.toString().substring(0, 7) : start + "/" + end;
    }

    String label() {
        return months == 3 ? start.getYear() + "年第" + ((start.getMonthValue() - 1) / 3 + 1) + "季度"
                : months == 1 ? start.getYear() + "年" + start.getMonthValue() + "月" : start + "至" + end;
    }
}
