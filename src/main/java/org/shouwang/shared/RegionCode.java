package org.shouwang.shared;

/**
 * A 12-digit 统计用区划代码: 2 province, 2 city, 2 county, 3 township, 3 village digits (DOMAIN.md 9).
 * A region's scope is the range of codes that share its significant prefix, which lets every scoped
 * query use a plain btree range instead of a recursive walk.
 */
public record RegionCode(String value) implements java.io.Serializable {

    public RegionCode {
        if (value == null || value.length() != 12 || !value.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("区划代码应为12位数字: " + value);
        }
    }

    public static boolean isValid(String text) {
        return text != null && text.length() == 12 && text.chars().allMatch(Character::isDigit);
    }

    /** 1 province, 2 city, 3 county, 4 township, 5 village. */
    public int level() {
        if (value.endsWith("0000000000")) {
            return 1;
        }
        if (value.endsWith("00000000")) {
            return 2;
        }
        if (value.endsWith("000000")) {
            return 3;
        }
        if (value.endsWith("000")) {
            return 4;
        }
        return 5;
    }

    public String prefix() {
        return value.substring(0, switch (level()) {
            case 1 -> 2;
            case 2 -> 4;
            case 3 -> 6;
            case 4 -> 9;
            default -> 12;
        });
    }

    /** Lowest code in scope (inclusive). */
    public String low() {
        return (prefix() + "000000000000").substring(0, 12);
    }

    /** Highest code in scope (inclusive). */
    public String high() {
        return (prefix() + "999999999999").substring(0, 12);
    }

    public boolean covers(String code) {
        return code != null && code.startsWith(prefix());
    }
}
