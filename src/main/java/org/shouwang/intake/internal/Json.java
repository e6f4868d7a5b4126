package org.shouwang.intake.internal;

import java.util.List;
import org.shouwang.shared.Violation;

/** The two small JSON shapes stored with an error row; written by hand to keep the hot path free of reflection. */
final class Json {

    private Json() {
    }

    static String strings(List<String> values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ",");
            quote(b, values.get(i));
        }
        return b.append(']').toString();
    }

    static String violations(List<Violation> values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            Violation v = values.get(i);
            b.append(i == 0 ? "{\"column\":" : ",{\"column\":");
            quote(b, v.field());
            b.append(",\"code\":");
            quote(b, v.code());
            b.append(",\"message\":");
            quote(b, v.message());
            b.append('}');
        }
        return b.append(']').toString();
    }

    private static void quote(StringBuilder b, String s) {
        if (s == null) {
            b.append("null");
            return;
        }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
