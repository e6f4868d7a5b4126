package org.shouwang.screening;

import java.util.Map;

/**
 * One rule that fired for a household: which rule (and version) of which profile, the document clause it implements,
 * the values it saw, and for a department rule the fact (row) that triggered it.
 */
public record Finding(String ruleCode, int ruleVersion, String ruleName, String description, String clause,
        Map<String, Object> evidence, Long factId, String factSource, String factRef) {

    /** The sentence a village reads: the rule's name with its values. */
    public String reason() {
        StringBuilder b = new StringBuilder(ruleName);
        if (!evidence.isEmpty()) {
            b.append("（");
            int i = 0;
            for (var e : evidence.entrySet()) {
                b.append(i++ > 0 ? "；" : "").append(e.getKey()).append("：").append(text(e.getValue()));
            }
            b.append("）");
        }
        return b.toString();
    }

    /** Evidence doubles are rounded to cents; a whole amount reads 25000, not 25000.0. */
    static String text(Object value) {
        if (value instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            // Double.toString without an exponent is already the plain form, but for a whole number's ".0" (a run
            // writes a reason for each of tens of thousands of findings; BigDecimal only where the exponent needs it)
            String s = Double.toString(d);
            if (s.indexOf('E') >= 0) {
                return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            }
            if (d == 0) {
                return "0";
            }
            return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        }
        return String.valueOf(value);
    }
}
