package org.shouwang.intake.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shouwang.intake.FeedColumn;
import org.shouwang.intake.FeedLayout;
import org.shouwang.shared.IdNumber;
import org.shouwang.shared.Violation;

/**
 * Validates one feed row against its department's layout, collecting every problem with a stable code
 * (REQUIRED, ID_FORMAT, ID_BIRTH_DATE, ID_CHECKSUM, DATE_FORMAT, DATE_RANGE, AMOUNT_FORMAT, ENUM_VALUE, TEXT_TOO_LONG,
 * FORMULA_CELL), and turns a valid row into typed values plus a hash of them, so the same row sent again is recognised.
 */
final class FeedRowCheck {

    static final int MAX_TEXT = 500;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    private static final DateTimeFormatter[] DATES = {strict("uuuu-M-d"), strict("uuuu/M/d"),
            strict("uuuu.M.d"), DateTimeFormatter.BASIC_ISO_DATE};
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** A row that passed: its normalised ID number, typed date and amount, its other fields, and the hash of all. */
    record Checked(FeedInput input, String idNumber, LocalDate date, BigDecimal amount, Map<String, Object> fields,
            String valuesHash) {
    }

    /** The outcome: a checked row, or the violations (field = column key). */
    record Outcome(Checked row, List<Violation> violations) {
    }

    private final FeedLayout layout;
    private final LocalDate today;

    FeedRowCheck(FeedLayout layout, LocalDate today) {
        this.layout = layout;
        this.today = today;
    }

    Outcome check(FeedInput in) {
        List<Violation> errors = new ArrayList<>();
        String id = null;
        LocalDate date = null;
        BigDecimal amount = null;
        Map<String, Object> fields = new LinkedHashMap<>();
        StringBuilder canonical = new StringBuilder();
        for (FeedColumn c : layout.columns()) {
            if (in.formulaKeys().contains(c.key())) {
                errors.add(new Violation(c.key(), "FORMULA_CELL", c.header() + "是公式，请复制后“选择性粘贴为数值”再上传"));
                continue;
            }
            String raw = in.value(c.key());
            if (raw == null) {
                if (c.required()) {
                    errors.add(new Violation(c.key(), "REQUIRED", c.header() + "不能为空"));
                }
                continue;
            }
            Object value = switch (c.key()) {
                case FeedLayout.ID_NUMBER -> idNumber(c, raw, errors);
                default -> switch (c.type()) {
                    case TEXT -> text(c, raw, errors);
                    case DATE -> date(c, raw, errors);
                    case MONEY -> money(c, raw, errors);
                    case ENUM -> oneOf(c, raw, errors);
                };
            };
            if (value == null) {
                continue;
            }
            switch (c.key()) {
                case FeedLayout.ID_NUMBER -> id = (String) value;
                case FeedLayout.NAME -> {
                    // the name is read for the report; the ID number identifies the person
                }
                case FeedLayout.DATE -> date = (LocalDate) value;
                case FeedLayout.AMOUNT -> amount = (BigDecimal) value;
                default -> fields.put(c.key(), value instanceof LocalDate d ? d.toString() : value);
            }
            if (!c.key().equals(FeedLayout.NAME) && !c.key().equals(FeedLayout.ID_NUMBER)) {
                canonical.append(c.key()).append('=').append(value instanceof BigDecimal b ? b.toPlainString() : value).append('\u001f');
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        return new Outcome(new Checked(in, id, date, amount, fields, sha256(canonical.toString())), List.of());
    }

    private static String idNumber(FeedColumn c, String raw, List<Violation> errors) {
        IdNumber.Parsed parsed = IdNumber.parse(c.key(), raw);
        if (parsed.ok()) {
            return parsed.number().value();
        }
        Violation v = parsed.violation();
        errors.add(new Violation(c.key(), v.code().equals("ID_REQUIRED") ? "REQUIRED" : v.code(),
                c.header() + "“" + shortText(raw) + "”：" + v.message()));
        return null;
    }

    private static String text(FeedColumn c, String raw, List<Violation> errors) {
        if (raw.length() > MAX_TEXT) {
            errors.add(new Violation(c.key(), "TEXT_TOO_LONG", c.header() + "不能超过" + MAX_TEXT + "字"));
            return null;
        }
        return raw;
    }

    private static String oneOf(FeedColumn c, String raw, List<Violation> errors) {
        // 住建's grades are Latin letters; a lower-case c is still grade C
        String wanted = raw.length() == 1 ? raw.toUpperCase() : raw;
        if (c.values().contains(wanted)) {
            return wanted;
        }
        errors.add(new Violation(c.key(), "ENUM_VALUE", c.header() + "“" + shortText(raw) + "”不是可选值，可选："
                + String.join("、", c.values())));
        return null;
    }

    private BigDecimal money(FeedColumn c, String raw, List<Violation> errors) {
        String t = raw.replace(",", "").replace("，", "").replace("元", "").replace("¥", "").replace("￥", "").strip();
        BigDecimal n;
        try {
            n = new BigDecimal(t);
        } catch (NumberFormatException e) {
            errors.add(new Violation(c.key(), "AMOUNT_FORMAT", c.header() + "“" + shortText(raw) + "”不是金额，应为数字（元），如 12345.60"));
            return null;
        }
        if (n.signum() < 0) {
            errors.add(new Violation(c.key(), "AMOUNT_FORMAT", c.header() + "不能为负数"));
            return null;
        }
        n = n.stripTrailingZeros();
        if (n.scale() > 2) {
            errors.add(new Violation(c.key(), "AMOUNT_FORMAT", c.header() + "最多保留两位小数（分）"));
            return null;
        }
        if (n.compareTo(MAX_AMOUNT) >= 0) {
            errors.add(new Violation(c.key(), "AMOUNT_FORMAT", c.header() + "超出合理范围"));
            return null;
        }
        return n.setScale(2);
    }

    private LocalDate date(FeedColumn c, String raw, List<Violation> errors) {
        LocalDate d = parseDate(raw);
        if (d == null) {
            errors.add(new Violation(c.key(), "DATE_FORMAT", c.header() + "“" + shortText(raw) + "”不是日期，应写作 2025-01-31"));
            return null;
        }
        if (d.isBefore(EARLIEST) || d.isAfter(today)) {
            errors.add(new Violation(c.key(), "DATE_RANGE", c.header() + " " + d + " 不在合理范围内（不能晚于今天）"));
            return null;
        }
        return d;
    }

    static LocalDate parseDate(String t) {
        if (t.matches("\\d{5}")) {
            // an Excel date cell read as its serial number
            return EXCEL_EPOCH.plusDays(Long.parseLong(t));
        }
        Matcher m = CHINESE_DATE.matcher(t);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        String plain = t.length() > 10 && t.charAt(10) == ' ' ? t.substring(0, 10) : t;
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(plain, f);
            } catch (DateTimeParseException ignored) {
                // try the next accepted form
            }
        }
        return null;
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    static String shortText(String t) {
        return t.length() > 20 ? t.substring(0, 20) + "…" : t;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
