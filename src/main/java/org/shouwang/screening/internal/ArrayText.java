package org.shouwang.screening.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text PostgreSQL writes for a one-dimensional text array ({@code array_out}): {@code {a,"b c",NULL}}.
 * An element is quoted when it is empty, is {@code NULL} in any case, or holds a brace, comma, quote, backslash or
 * white space; inside quotes a backslash escapes the next character. An unquoted {@code NULL} is SQL NULL.
 */
final class ArrayText {

    private ArrayText() {
    }

    /** The elements of an array's text, NULL elements as null. */
    static String[] elements(String text) {
        int end = text.length() - 1;
        if (text.isEmpty() || text.charAt(0) != '{' || text.charAt(end) != '}') {
            throw new IllegalArgumentException("not a one-dimensional array: " + text);
        }
        List<String> out = new ArrayList<>(4);
        int i = 1;
        while (i < end) {
            if (text.charAt(i) == '"') {
                StringBuilder b = new StringBuilder();
                i++;
                while (text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                    b.append(text.charAt(i++));
                }
                out.add(b.toString());
                i++; // the closing quote
            } else {
                int comma = text.indexOf(',', i);
                int stop = comma < 0 || comma > end ? end : comma;
                String element = text.substring(i, stop);
                out.add(element.equals("NULL") ? null : element);
                i = stop;
            }
            i++; // the comma, or past the closing brace
        }
        return out.toArray(String[]::new);
    }
}
