package org.shouwang.assistance.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.shared.Labelled;
import org.shouwang.shared.ProblemException;
import org.shouwang.shared.Violation;
import org.springframework.http.HttpStatus;

/** Collects every problem of one submitted form, each with a field, a stable code and a Chinese message. */
final class Form {

    private final List<Violation> errors = new ArrayList<>();

    void error(String field, String code, String message) {
        errors.add(new Violation(field, code, message));
    }

    /** Stripped text, or null when empty and optional; control characters are refused as a broken client's input. */
    String text(String field, String value, int max, String what, boolean required) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                error(field, "REQUIRED", "请填写" + what);
            }
            return null;
        }
        if (v.length() > max) {
            error(field, "TOO_LONG", what + "不能超过 " + max + " 字");
        } else if (v.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            error(field, "CONTROL_CHARACTERS", what + "含有不可见的控制字符");
        }
        return v;
    }

    LocalDate date(String field, String value, String what, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                error(field, "DATE_RANGE", what + "应在2000年至2100年之间");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            error(field, "DATE_FORMAT", what + "格式应为 yyyy-MM-dd");
            return null;
        }
    }

    <E extends Enum<E> & Labelled> E code(String field, String value, Class<E> type, String what) {
        if (value == null || value.isBlank()) {
            error(field, "REQUIRED", "请选择" + what);
            return null;
        }
        E e = Labelled.fromLabel(type, value).orElse(null);
        if (e == null) {
            error(field, "UNKNOWN_CODE", what + "「" + shorten(value) + "」不在可选范围内");
        }
        return e;
    }

    /** @throws ProblemException 400 VALIDATION_FAILED listing every problem, when there is any */
    void verify(String what) {
        if (!errors.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                    what + "有 " + errors.size() + " 处错误：" + errors.get(0).message(), List.copyOf(errors));
        }
    }

    static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
