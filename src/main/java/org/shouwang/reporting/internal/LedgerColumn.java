package org.shouwang.reporting.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.shouwang.shared.IdNumber;
import org.shouwang.shared.Labelled;

/**
 * One declared column of a ledger: its Chinese title, the SQL expression it reads and how a value is shown. ID and
 * phone numbers are masked unless the caller reveals them; codes are shown with their labels.
 */
public record LedgerColumn(String title, String expr, Format format, Map<String, String> labels) {

    public enum Format { TEXT, ID_NUMBER, PHONE, DATE, NUMBER, YES_NO, LABEL, LABELS }

    /** Several phone numbers of one cell (a household's contact persons) are joined with this. */
    static final String LIST = "、";

    static LedgerColumn text(String title, String expr) {
        return new LedgerColumn(title, expr, Format.TEXT, Map.of());
    }

    static LedgerColumn of(String title, String expr, Format format) {
        return new LedgerColumn(title, expr, format, Map.of());
    }

    static LedgerColumn label(String title, String expr, Map<String, String> labels) {
        return new LedgerColumn(title, expr, Format.LABEL, labels);
    }

    static LedgerColumn labels(String title, String expr, Map<String, String> labels) {
        return new LedgerColumn(title, expr, Format.LABELS, labels);
    }

    @SafeVarargs
    static Map<String, String> codes(Class<? extends Labelled>... types) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Class<? extends Labelled> type : types) {
            for (Labelled l : type.getEnumConstants()) {
                m.put(l.name(), l.label());
            }
        }
        return Map.copyOf(m);
    }

    public boolean sensitive() {
        return format == Format.ID_NUMBER || format == Format.PHONE;
    }

    /** The cell for column {@code index} (1-based) of the row: a String, a BigDecimal or null. */
    Object value(ResultSet rs, int index, boolean reveal) throws SQLException {
        return switch (format) {
            case TEXT -> rs.getString(index);
            case ID_NUMBER -> reveal ? rs.getString(index) : IdNumber.mask(rs.getString(index));
            case PHONE -> phones(rs.getString(index), reveal);
            case DATE -> {
                LocalDate d = rs.getObject(index, LocalDate.class);
                yield d == null ? null : d.toString();
            }
            case NUMBER -> {
                BigDecimal n = rs.getBigDecimal(index);
                yield n == null ? null : n.stripTrailingZeros().scale() < 0 ? n.setScale(0) : n.stripTrailingZeros();
            }
            case YES_NO -> {
                boolean b = rs.getBoolean(index);
                yield rs.wasNull() ? null : b ? "是" : "否";
            }
            case LABEL -> {
                String code = rs.getString(index);
                yield code == null ? null : labels.getOrDefault(code, code);
            }
            case LABELS -> {
                String codes = rs.getString(index);
                yield codes == null || codes.isBlank() ? null : Arrays.stream(codes.split(",")).map(String::strip)
                        .filter(c -> !c.isEmpty()).map(c -> labels.getOrDefault(c, c)).collect(Collectors.joining(LIST));
            }
        };
    }

    private static String phones(String value, boolean reveal) {
        if (value == null || reveal) {
            return value;
        }
        return Arrays.stream(value.split(LIST)).map(IdNumber::maskPhone).collect(Collectors.joining(LIST));
    }
}
