package org.shouwang.campaign;

import java.util.List;
import java.util.Locale;
import org.shouwang.shared.Violation;

/** Checks of free text shared by the draft and the rectification report. */
final class ProblemText {

    private ProblemText() {
    }

    static void check(List<Violation> v, String field, String text, int max, boolean required, String name) {
        if (text == null || text.isBlank()) {
            if (required) {
                v.add(new Violation(field, "REQUIRED", "请填写" + name));
            }
        } else if (text.strip().length() > max) {
            v.add(new Violation(field, "TOO_LONG", name + "不能超过 " + max + " 字"));
        } else if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            v.add(new Violation(field, "CONTROL_CHARACTERS", name + "含有不可见的控制字符"));
        }
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
