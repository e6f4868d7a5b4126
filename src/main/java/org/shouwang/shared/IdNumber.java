package org.shouwang.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A 公民身份号码 under GB 11643-1999: 6-digit address code, 8-digit birth date, 3-digit sequence (odd = male),
 * and an ISO 7064 MOD 11-2 check character. Legacy 15-digit numbers (GB 11643-1989) are converted on parsing.
 * The address prefix is deliberately not checked against the division list: retired codes stay valid (DOMAIN.md 9).
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** The outcome of parsing: a number, or the violation that explains why the text is not one. */
    public record Parsed(IdNumber number, Violation violation) {
        public boolean ok() {
            return number != null;
        }
    }

    public static Parsed parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return new Parsed(null, new Violation(field, "ID_REQUIRED", "证件号码不能为空"));
        }
        String s = normalise(text);
        if (s.length() == 15 && s.chars().allMatch(Character::isDigit)) {
            s = upgrade(s);
        }
        if (s.length() == 20 && s.substring(0, 17).chars().allMatch(Character::isDigit)) {
            // a 残疾人证号: the ID number followed by category and grade digits
            s = s.substring(0, 18);
        }
        if (s.length() != 18 || !s.substring(0, 17).chars().allMatch(Character::isDigit)
                || !(Character.isDigit(s.charAt(17)) || s.charAt(17) == 'X')) {
            return new Parsed(null, new Violation(field, "ID_FORMAT", "证件号码应为18位（最后一位可为X）或15位数字"));
        }
        if (birthDateOf(s).isEmpty()) {
            return new Parsed(null, new Violation(field, "ID_BIRTH_DATE", "证件号码中的出生日期 " + s.substring(6, 14) + " 不是有效日期"));
        }
        char expected = checkChar(s.substring(0, 17));
        if (s.charAt(17) != expected) {
            return new Parsed(null, new Violation(field, "ID_CHECKSUM", "证件号码校验位错误，按 GB 11643 应为 " + expected));
        }
        return new Parsed(new IdNumber(s), null);
    }

    /** Upper-cases a trailing x, removes blanks and the full-width forms Excel users type. */
    public static String normalise(String text) {
        StringBuilder b = new StringBuilder(18);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else if (c == 'x' || c == 'ｘ' || c == 'Ｘ') {
                c = 'X';
            } else if (Character.isWhitespace(c) || c == '\u3000' || c == '\'' || c == '\u00a0') {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    static String upgrade(String fifteen) {
        String seventeen = fifteen.substring(0, 6) + "19" + fifteen.substring(6);
        return seventeen + checkChar(seventeen);
    }

    public static char checkChar(String seventeen) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeen.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static Optional<LocalDate> birthDateOf(String s) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
            return d.getYear() < 1880 ? Optional.empty() : Optional.of(d);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public LocalDate birthDate() {
        return birthDateOf(value).orElseThrow();
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The form shown in lists and exports: {@code 340881********123X}. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String id) {
        if (id == null || id.length() < 10) {
            return id;
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    public static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone;
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
