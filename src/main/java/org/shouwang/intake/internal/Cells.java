package org.shouwang.intake.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shouwang.shared.Labelled;
import org.shouwang.shared.Violation;

/**
 * Reads typed values out of a row's cells by header name, collecting a violation (named after the column)
 * for every cell that cannot be read, instead of stopping at the first.
 */
final class Cells {

    private static final DateTimeFormatter[] DATES = {DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.BASIC_ISO_DATE};
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final SourceRow row;
    private final Map<String, Integer> columns;
    final List<Violation> violations;

    Cells(SourceRow row, Map<String, Integer> columns, List<Violation> violations) {
        this.row = row;
        this.columns = columns;
        this.violations = violations;
    }

    /** Whether the file has this column at all (optional columns may be missing). */
    boolean has(String column) {
        return columns.containsKey(column);
    }

    String text(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            return null;
        }
        if (row.formulaCells().contains(i)) {
            violations.add(new Violation(column, "FORMULA_CELL", column + "是公式，请复制后“选择性粘贴为数值”再上传"));
            return null;
        }
        return row.cell(i);
    }

    <E extends Enum<E> & Labelled> E label(String column, Class<E> type) {
        String t = text(column);
        if (t == null) {
            return null;
        }
        return Labelled.fromLabel(type, t).orElseGet(() -> {
            violations.add(new Violation(column, "VALUE_UNKNOWN", column + "“" + shortText(t) + "”不是可选值，可选："
                    + String.join("、", java.util.Arrays.stream(type.getEnumConstants()).map(Labelled::label).toList())));
            return null;
        });
    }

    <E extends Enum<E> & Labelled> Set<E> labels(String column, Class<E> type) {
        String t = text(column);
        Set<E> out = EnumSet.noneOf(type);
        if (t == null) {
            return out;
        }
        for (String part : t.split("[、;；,，/]")) {
            if (!part.isBlank()) {
                Labelled.fromLabel(type, part).ifPresentOrElse(out::add, () -> violations.add(new Violation(column,
                        "VALUE_UNKNOWN", column + "“" + shortText(part) + "”不是可选值")));
            }
        }
        return out;
    }

    boolean yesNo(String column) {
        String t = text(column);
        if (t == null) {
            return false;
        }
        switch (t) {
            case "是", "Y", "y", "1", "true", "TRUE" -> {
                return true;
            }
            case "否", "N", "n", "0", "false", "FALSE" -> {
                return false;
            }
            default -> {
                violations.add(new Violation(column, "YES_NO", column + "应填“是”或“否”"));
                return false;
            }
        }
    }

    Integer integer(String column) {
        String t = text(column);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            violations.add(new Violation(column, "NOT_INTEGER", column + "应为整数"));
            return null;
        }
    }

    BigDecimal money(String column) {
        String t = text(column);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t.replace(",", "").replace("，", "").replace("元", "").strip());
        } catch (NumberFormatException e) {
            violations.add(new Violation(column, "NOT_AMOUNT", column + "应为金额数字（元），如 12345.60"));
            return null;
        }
    }

    LocalDate date(String column) {
        String t = text(column);
        if (t == null) {
            return null;
        }
        if (t.matches("\\d{5}")) {
            // an Excel date cell read as its serial number
            return EXCEL_EPOCH.plusDays(Long.parseLong(t));
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException ignored) {
                // try the next accepted form
            }
        }
        violations.add(new Violation(column, "NOT_DATE", column + "应为日期，如 2025-01-01"));
        return null;
    }

    static String shortText(String t) {
        return t.length() > 20 ? t.substring(0, 20) + "…" : t;
    }
}
