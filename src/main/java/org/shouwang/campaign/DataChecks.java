package org.shouwang.campaign;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.shouwang.assistance.RiskType;
import org.shouwang.registry.Health;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.LabourCapacity;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.registry.MonitoringStatus;

/**
 * The data checks of a screening form ([000] 数据质量, [003] "入户前检查表格有无明显错误", DOMAIN.md 2.2 and 3.4):
 * small named validators with stable codes, each returning one message per problem found. Plain Java.
 */
final class DataChecks {

    /** A named validator. */
    record DataCheck(String code, String name, Function<DataCheckFacts, List<String>> rule) {
    }

    static final int MAX_RISKS = 5;

    static final List<DataCheck> ALL = List.of(
            new DataCheck("INCOME_MISSING", "测算期收入缺失", DataChecks::incomeMissing),
            new DataCheck("CATEGORY_INCONSISTENT", "监测对象类别与户类型或收入不符", DataChecks::categoryInconsistent),
            new DataCheck("RISK_TYPE_INVALID", "风险类型无效或超过5项", DataChecks::riskTypes),
            new DataCheck("LABOUR_AGE_MISMATCH", "劳动技能与年龄、健康不符", DataChecks::labourAge),
            new DataCheck("UNSTABLE_EMPLOYMENT_NO_WORK", "因务工就业不稳但无劳动力或无务工记录", DataChecks::unstableEmployment),
            new DataCheck("INCOME_STALE", "收入未按时更新", DataChecks::incomeStale));

    private DataChecks() {
    }

    static List<FormCheck> run(DataCheckFacts facts) {
        List<FormCheck> out = new ArrayList<>();
        for (DataCheck c : ALL) {
            c.rule().apply(facts).forEach(m -> out.add(new FormCheck(c.code(), m)));
        }
        return out;
    }

    static List<String> incomeMissing(DataCheckFacts f) {
        return f.windowPerCapita() == null ? List.of("没有覆盖本次排查收入测算期的收支情况，请录入") : List.of();
    }

    /**
     * DOMAIN.md 3.1: 脱贫不稳定户 is a 脱贫户, 边缘易致贫户 an 一般农户; both have income within the range, while a
     * 突发严重困难户 is above it. Income is only compared for households still monitored.
     */
    static List<String> categoryInconsistent(DataCheckFacts f) {
        List<String> out = new ArrayList<>();
        if (f.category() == MonitoringCategory.UNSTABLE && f.type() == HouseholdType.ORDINARY) {
            out.add("一般农户不能标为脱贫不稳定户（应为边缘易致贫户或突发严重困难户）");
        }
        if (f.category() == MonitoringCategory.MARGINAL && f.type() == HouseholdType.POVERTY_ALLEVIATED) {
            out.add("脱贫户不能标为边缘易致贫户（应为脱贫不稳定户或突发严重困难户）");
        }
        boolean monitored = f.status() == MonitoringStatus.RISK_ACTIVE || f.status() == MonitoringStatus.IDENTIFYING;
        if (monitored && f.category() != null && f.threshold() != null && f.windowPerCapita() != null) {
            boolean above = f.windowPerCapita().compareTo(f.threshold()) > 0;
            if (above && f.category() != MonitoringCategory.SUDDEN) {
                out.add(f.category().label() + "的人均纯收入 " + f.windowPerCapita().toPlainString() + " 元高于监测范围 "
                        + f.threshold().toPlainString() + " 元");
            }
            if (!above && f.category() == MonitoringCategory.SUDDEN) {
                out.add("突发严重困难户的人均纯收入 " + f.windowPerCapita().toPlainString() + " 元不高于监测范围 "
                        + f.threshold().toPlainString() + " 元，类别应为脱贫不稳定户或边缘易致贫户");
            }
        }
        return out;
    }

    static List<String> riskTypes(DataCheckFacts f) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String r : f.risks()) {
            if (!isRiskType(r)) {
                out.add("无效的风险类型：" + shorten(r));
            } else if (!seen.add(r)) {
                out.add("风险类型重复：" + RiskType.valueOf(r).label());
            }
        }
        if (f.risks().size() > MAX_RISKS) {
            out.add("风险类型最多" + MAX_RISKS + "项，现有" + f.risks().size() + "项");
        }
        return out;
    }

    /** DOMAIN.md 3.5: a healthy non-student aged 16 ≤ age < 60 recorded as 无劳动力 or 弱/半劳动力. */
    static List<String> labourAge(DataCheckFacts f) {
        List<String> out = new ArrayList<>();
        for (DataCheckFacts.Person p : f.members()) {
            int age = Period.between(p.birthDate(), f.today()).getYears();
            boolean healthy = p.health().isEmpty() || p.health().equals(Set.of(Health.HEALTHY));
            boolean low = p.labour() == LabourCapacity.NONE || p.labour() == LabourCapacity.WEAK;
            if (age >= 16 && age < 60 && healthy && p.schoolStage() == null && low) {
                out.add(p.name() + "（" + age + "岁，健康，非在校生）登记为" + p.labour().label());
            }
        }
        return out;
    }

    /** DOMAIN.md 3.4: 因务工就业不稳 is invalid if nobody can work or nobody has a work record. */
    static List<String> unstableEmployment(DataCheckFacts f) {
        if (!f.risks().contains(RiskType.UNSTABLE_EMPLOYMENT.name())) {
            return List.of();
        }
        boolean anyLabour = f.members().stream().anyMatch(p -> p.labour() != null
                && p.labour() != LabourCapacity.NONE && p.labour() != LabourCapacity.LOST);
        if (!anyLabour) {
            return List.of("风险类型为因务工就业不稳，但家庭成员均无劳动力或丧失劳动力");
        }
        if (f.members().stream().noneMatch(DataCheckFacts.Person::works)) {
            return List.of("风险类型为因务工就业不稳，但没有成员有务工记录（务工所在地和务工时间）");
        }
        return List.of();
    }

    /**
     * [003] income is measured monthly for monitored households and quarterly for 脱贫户 (the profile's follow-up
     * months); the latest registration may lag one such period plus one month for entry before it counts as stale.
     */
    static List<String> incomeStale(DataCheckFacts f) {
        if (f.incomeEveryMonths() == null) {
            return List.of();
        }
        LocalDate limit = f.today().minusMonths(f.incomeEveryMonths() + 1L);
        if (f.lastIncomeEnd() == null) {
            return List.of("从未登记收入，应每" + f.incomeEveryMonths() + "个月登记一次");
        }
        return f.lastIncomeEnd().isBefore(limit)
                ? List.of("最近一次收入登记截至 " + f.lastIncomeEnd() + "，应每" + f.incomeEveryMonths() + "个月登记一次")
                : List.of();
    }

    static boolean isRiskType(String code) {
        if (code == null) {
            return false;
        }
        for (RiskType t : RiskType.values()) {
            if (t.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String s) {
        if (s == null) {
            return "（空）";
        }
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
