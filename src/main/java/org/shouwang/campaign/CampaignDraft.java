package org.shouwang.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shouwang.shared.RegionCode;
import org.shouwang.shared.Violation;

/** What an official fills in to create or change a campaign; {@link #violations()} lists every mistake at once. */
public record CampaignDraft(String name, Integer year, String regionCode, LocalDate profileDate, LocalDate incomeFrom,
        LocalDate incomeTo, List<PhaseDraft> phases, Integer version) {

    public record PhaseDraft(String kind, String name, LocalDate dueOn) {
    }

    static final int MAX_PHASES = 20;

    public List<Violation> violations() {
        List<Violation> v = new ArrayList<>();
        text(v, "name", name, 100, "名称");
        if (year == null || year < 2020 || year > 2100) {
            v.add(new Violation("year", "BAD_YEAR", "年度须在 2020 至 2100 之间"));
        }
        if (!RegionCode.isValid(regionCode)) {
            v.add(new Violation("regionCode", "BAD_REGION", "排查范围须为 12 位统计用区划代码"));
        }
        if (profileDate == null) {
            v.add(new Violation("profileDate", "REQUIRED", "请填写政策基准日（确定适用的监测标准和重点人群规则）"));
        }
        if ((incomeFrom == null) != (incomeTo == null)) {
            v.add(new Violation("incomeFrom", "INCOME_WINDOW_INCOMPLETE", "收入核算期须同时填写起止日期，或都不填（按政策）"));
        } else if (incomeFrom != null && incomeFrom.isAfter(incomeTo)) {
            v.add(new Violation("incomeFrom", "INCOME_WINDOW_REVERSED", "收入核算期的开始日期晚于结束日期"));
        }
        phases(v);
        return v;
    }

    private void phases(List<Violation> v) {
        if (phases == null || phases.isEmpty()) {
            v.add(new Violation("phases", "PHASES_REQUIRED", "请至少设置一个工作阶段及其截止日期"));
            return;
        }
        if (phases.size() > MAX_PHASES) {
            v.add(new Violation("phases", "TOO_MANY_PHASES", "工作阶段不能超过 " + MAX_PHASES + " 个"));
            return;
        }
        LocalDate previous = null;
        for (int i = 0; i < phases.size(); i++) {
            PhaseDraft p = phases.get(i);
            String f = "phases[" + i + "]";
            if (p == null) {
                v.add(new Violation(f, "REQUIRED", "第 " + (i + 1) + " 个阶段为空"));
                continue;
            }
            if (p.kind() == null || java.util.Arrays.stream(PhaseKind.values()).noneMatch(k -> k.name().equals(p.kind()))) {
                v.add(new Violation(f + ".kind", "BAD_PHASE_KIND", "第 " + (i + 1) + " 个阶段的类型无效"));
            }
            text(v, f + ".name", p.name(), 50, "第 " + (i + 1) + " 个阶段的名称");
            if (p.dueOn() == null) {
                v.add(new Violation(f + ".dueOn", "REQUIRED", "第 " + (i + 1) + " 个阶段缺少截止日期"));
            } else {
                if (previous != null && p.dueOn().isBefore(previous)) {
                    v.add(new Violation(f + ".dueOn", "PHASES_OUT_OF_ORDER", "第 " + (i + 1) + " 个阶段的截止日期早于上一阶段"));
                }
                previous = p.dueOn();
            }
        }
    }

    private static void text(List<Violation> v, String field, String value, int max, String what) {
        if (value == null || value.isBlank()) {
            v.add(new Violation(field, "REQUIRED", "请填写" + what));
        } else if (value.strip().length() > max) {
            v.add(new Violation(field, "TOO_LONG", what + "不能超过 " + max + " 个字"));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            v.add(new Violation(field, "CONTROL_CHARACTERS", what + "含有不可见的控制字符"));
        }
    }
}
