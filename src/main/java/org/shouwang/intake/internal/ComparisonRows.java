package org.shouwang.intake.internal;

import static org.shouwang.intake.internal.ComparisonLayout.COMPARED_ON;
import static org.shouwang.intake.internal.ComparisonLayout.DIBAO;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shouwang.intake.FeedColumn;
import org.shouwang.intake.FeedLayout;
import org.shouwang.shared.IdNumber;
import org.shouwang.shared.Violation;

/**
 * Checks the rows of a comparison file one by one, each check with a stable code (ID_FORMAT, ID_BIRTH_DATE,
 * ID_CHECKSUM, ID_REQUIRED, FORMULA_CELL, TEXT_TOO_LONG, CONTROL_CHARACTERS, DATE_FORMAT, DATE_RANGE, YES_NO_VALUE,
 * DIBAO_DATE_REQUIRED, NO_RESULTS, DUPLICATE_ROW). A row keeps its ID number even when another cell is wrong, so the
 * rest of its household can be held back with it instead of being compared without it.
 */
public final class ComparisonRows {

    static final int MAX_TEXT = 500;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /**
     * One checked row: its normalised ID number (null when invalid), name, the four department results and 其他
     * (key → text, only those filled), comparison day, whether it claims the 低保 exemption, and its problems.
     */
    public record Row(FeedInput input, String idNumber, String name, Map<String, String> results, LocalDate comparedOn,
            boolean dibao, List<Violation> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }

        public int number() {
            return input.rowNo();
        }
    }

    private ComparisonRows() {
    }

    public static List<Row> check(List<FeedInput> inputs, LocalDate today) {
        List<Row> out = new ArrayList<>(inputs.size());
        Map<String, Integer> seen = new HashMap<>();
        for (FeedInput in : inputs) {
            Row row = check(in, today);
            if (row.ok()) {
                String key = row.idNumber() + '\u001f' + row.name() + '\u001f' + row.results() + '\u001f' + row.comparedOn()
                        + '\u001f' + row.dibao();
                Integer first = seen.putIfAbsent(key, in.rowNo());
                if (first != null) {
                    row = new Row(in, row.idNumber(), row.name(), row.results(), row.comparedOn(), row.dibao(), List.of(
                            new Violation(FeedLayout.ID_NUMBER, "DUPLICATE_ROW", "与第 " + first + " 行完全相同，已忽略")));
                }
            }
            out.add(row);
        }
        return out;
    }

    static Row check(FeedInput in, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        for (FeedColumn c : ComparisonLayout.LAYOUT.columns()) {
            if (in.formulaKeys().contains(c.key())) {
                problems.add(new Violation(c.key(), "FORMULA_CELL", c.header() + "是公式，请复制后“选择性粘贴为数值”再上传"));
            }
        }
        String id = null;
        IdNumber.Parsed parsed = IdNumber.parse(FeedLayout.ID_NUMBER, in.value(FeedLayout.ID_NUMBER));
        if (parsed.ok()) {
            id = parsed.number().value();
        } else {
            String raw = in.value(FeedLayout.ID_NUMBER);
            problems.add(new Violation(FeedLayout.ID_NUMBER, parsed.violation().code(),
                    "身份证号" + (raw == null ? "" : "“" + FeedRowCheck.shortText(raw) + "”") + "：" + parsed.violation().message()));
        }
        String name = text(in, FeedLayout.NAME, problems);
        Map<String, String> results = new LinkedHashMap<>();
        for (String key : List.of(ComparisonLayout.VEHICLES, ComparisonLayout.HOUSING, ComparisonLayout.BUSINESS,
                ComparisonLayout.PUBLIC_EMPLOYEE, ComparisonLayout.OTHER)) {
            String v = text(in, key, problems);
            if (v != null) {
                results.put(key, v);
            }
        }
        LocalDate comparedOn = date(in, problems, today);
        Boolean dibao = yesNo(in, problems);
        if (Boolean.TRUE.equals(dibao) && comparedOn == null && in.value(COMPARED_ON) == null) {
            problems.add(new Violation(COMPARED_ON, "DIBAO_DATE_REQUIRED", "低保户半年内已比对为“是”时，须在比对日期填写低保比对的日期"));
        }
        if (results.isEmpty() && !Boolean.TRUE.equals(dibao) && problems.isEmpty()) {
            problems.add(new Violation(ComparisonLayout.VEHICLES, "NO_RESULTS",
                    "该行没有任何比对结果：请填写车辆、房产、工商注册、财政供养人员（无则填“无”），或低保户半年内已比对填“是”"));
        }
        return new Row(in, id, name, results, comparedOn, Boolean.TRUE.equals(dibao), List.copyOf(problems));
    }

    private static String text(FeedInput in, String key, List<Violation> problems) {
        String v = in.value(key);
        if (v == null) {
            return null;
        }
        String header = header(key);
        if (v.length() > MAX_TEXT) {
            problems.add(new Violation(key, "TEXT_TOO_LONG", header + "不能超过 " + MAX_TEXT + " 字"));
            return null;
        }
        if (v.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r' || ch == 0x7f)) {
            problems.add(new Violation(key, "CONTROL_CHARACTERS", header + "含有不可见的控制字符，请删除后再上传"));
            return null;
        }
        return v;
    }

    private static LocalDate date(FeedInput in, List<Violation> problems, LocalDate today) {
        String raw = in.value(COMPARED_ON);
        if (raw == null) {
            return null;
        }
        LocalDate d = FeedRowCheck.parseDate(raw);
        if (d == null) {
            problems.add(new Violation(COMPARED_ON, "DATE_FORMAT", "比对日期“" + FeedRowCheck.shortText(raw) + "”不是日期，应写作 2026-01-31"));
            return null;
        }
        if (d.isBefore(EARLIEST) || d.isAfter(today)) {
            problems.add(new Violation(COMPARED_ON, "DATE_RANGE", "比对日期 " + d + " 不能晚于今天"));
            return null;
        }
        return d;
    }

    private static Boolean yesNo(FeedInput in, List<Violation> problems) {
        String raw = in.value(DIBAO);
        if (raw == null) {
            return false;
        }
        switch (raw.toLowerCase(java.util.Locale.ROOT)) {
            case "是", "y", "yes", "1", "true", "√" -> {
                return true;
            }
            case "否", "n", "no", "0", "false", "×" -> {
                return false;
            }
            default -> {
                problems.add(new Violation(DIBAO, "YES_NO_VALUE", "低保户半年内已比对只能填“是”或“否”，不能是“"
                        + FeedRowCheck.shortText(raw) + "”"));
                return null;
            }
        }
    }

    static String header(String key) {
        return ComparisonLayout.LAYOUT.column(key).map(FeedColumn::header).orElse(key);
    }
}
