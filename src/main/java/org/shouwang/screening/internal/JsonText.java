package org.shouwang.screening.internal;

import java.util.Map;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Jackson writes for a rule's values, written by hand where the values are what they nearly always are —
 * numbers, booleans and short strings — and by Jackson otherwise. A county's first screening run writes tens of
 * thousands of these while the JVM is still compiling; going through the full serializer made the compiler's largest
 * jobs of that run, on the same two cores as PostgreSQL. {@code JsonTextTest} checks the output equals Jackson's.
 */
final class JsonText {

    private JsonText() {
    }

    /** A map of values as a JSON object, keys in their order: what {@code json.writeValueAsString(values)} gives. */
    static String object(Map<String, ?> values, JsonMapper json) {
        StringBuilder b = new StringBuilder(16 + 24 * values.size()).append('{');
        for (Map.Entry<String, ?> e : values.entrySet()) {
            if (e.getKey() == null) {
                return json.writeValueAsString(values); // Jackson's own way with a null key
            }
            if (b.length() > 1) {
                b.append(',');
            }
            string(e.getKey(), b).append(':');
            value(e.getValue(), b, json);
        }
        return b.append('}').toString();
    }

    /** One value as JSON, appended. */
    static void value(Object v, StringBuilder b, JsonMapper json) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            string(s, b);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Boolean
                || (v instanceof Double d && Double.isFinite(d))) {
            b.append(v); // Double.toString, as Jackson writes a double
        } else {
            b.append(json.writeValueAsString(v));
        }
    }

    private static StringBuilder string(String s, StringBuilder b) {
        b.append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, b);
        return b.append('"');
    }
}
