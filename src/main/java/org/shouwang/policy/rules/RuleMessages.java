package org.shouwang.policy.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Puts CEL's checker messages into words an official reads; the original is kept in brackets for the expert. */
final class RuleMessages {

    private static final Pattern UNDEFINED_FIELD = Pattern.compile("undefined field '([^']+)'");
    private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '([^']+)'");
    private static final Pattern NO_OVERLOAD = Pattern.compile("found no matching overload for '([^']+)' applied to '([^']+)'");

    private RuleMessages() {
    }

    static String translate(String message) {
        if (message == null) {
            return "表达式有误";
        }
        String first = message.lines().findFirst().orElse(message).replaceFirst("^ERROR: <input>:\\d+:\\d+: ", "");
        Matcher m = UNDEFINED_FIELD.matcher(first);
        if (m.find()) {
            return "没有字段 " + m.group(1) + "（请对照户画像字段表）";
        }
        m = UNDECLARED.matcher(first);
        if (m.find()) {
            return "未知的名称 " + m.group(1) + "（可用：household、profile，部门规则还可用 fact）";
        }
        m = NO_OVERLOAD.matcher(first);
        if (m.find()) {
            return "运算 " + m.group(1) + " 不能用于 " + m.group(2) + "（类型不匹配）";
        }
        if (first.contains("expected type 'bool'") || first.contains("expected type of 'bool'")) {
            return "规则条件的结果必须是真/假（bool） [" + first + "]";
        }
        if (first.contains("mismatched input") || first.contains("extraneous input") || first.contains("token recognition")) {
            return "语法错误 [" + first + "]";
        }
        return "表达式有误 [" + first + "]";
    }
}
