package org.shouwang.elimination;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shouwang.elimination.Eligibility.Reason;
import org.shouwang.elimination.EligibilityFacts.Declarations;
import org.shouwang.elimination.EligibilityFacts.Income;
import org.shouwang.registry.LabourCapacity;
import org.shouwang.registry.MonitoringStatus;

/**
 * Checks the conditions of risk elimination (DOMAIN.md 4.4, issue 4 point 8) and says for each why it passes or not.
 * Plain Java with the clock handed in, so each boundary (exactly six months, income exactly at the threshold) is
 * tested without Spring.
 */
public final class EligibilityCheck {

    /** 有劳动力: anyone who can work at least partly (DOMAIN.md 3.5). */
    static final Set<LabourCapacity> CAN_WORK = EnumSet.of(LabourCapacity.SKILLED, LabourCapacity.ORDINARY, LabourCapacity.WEAK);

    private final EligibilityRules rules;
    private final Clock clock;

    public EligibilityCheck(EligibilityRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    public Eligibility check(long householdId, EligibilityFacts facts, EliminationMethod method, Declarations declared) {
        LocalDate today = LocalDate.now(clock);
        Declarations d = declared == null ? Declarations.NONE : declared;
        List<Reason> reasons = new ArrayList<>();
        reasons.add(status(facts.status()));
        reasons.add(incomeAbove(facts.incomes()));
        reasons.add(method == EliminationMethod.NATURAL
                ? Reason.of("INCOME_STABLE", "收入持续稳定", Verdict.NOT_REQUIRED, "风险自然消除，不要求收入稳定期")
                : incomeStable(facts.incomes()));
        reasons.add(rigidSpending(d));
        reasons.add(guarantees(facts.latestVisit(), d));
        reasons.add(monthsSinceIdentification(facts.identifiedOn(), today));
        reasons.add(measures(facts.measuresDelivered()));
        reasons.add(labour(facts.labour()));
        boolean blocked = reasons.stream().anyMatch(r -> r.verdict() == Verdict.FAIL);
        boolean eligible = reasons.stream().allMatch(r -> r.verdict() == Verdict.PASS || r.verdict() == Verdict.NOT_REQUIRED);
        return new Eligibility(householdId, method, method.label(), today, eligible, blocked, List.copyOf(reasons));
    }

    private static Reason status(MonitoringStatus status) {
        String name = "风险未消除的监测对象";
        return status == MonitoringStatus.RISK_ACTIVE
                ? Reason.of("STATUS", name, Verdict.PASS, "该户为风险未消除的监测对象")
                : Reason.of("STATUS", name, Verdict.FAIL, "该户当前为“" + status.label() + "”，只有风险未消除的监测对象才能标注风险消除");
    }

    private Reason incomeAbove(List<Income> incomes) {
        String name = "人均纯收入高于监测范围";
        if (rules.threshold() == null) {
            return Reason.of("INCOME_ABOVE_THRESHOLD", name, Verdict.FAIL, "本地现行政策未设定监测范围，无法判断收入");
        }
        Income latest = incomes.stream().max(Comparator.comparing(Income::end)).orElse(null);
        if (latest == null) {
            return Reason.of("INCOME_ABOVE_THRESHOLD", name, Verdict.FAIL, "暂无收入登记，无法判断人均纯收入");
        }
        boolean above = latest.perCapitaYearly().compareTo(rules.threshold()) > 0;
        return Reason.of("INCOME_ABOVE_THRESHOLD", name, above ? Verdict.PASS : Verdict.FAIL,
                "最近一次收入登记（" + latest.start() + " 至 " + latest.end() + "）折合人均纯收入 " + yuan(latest.perCapitaYearly())
                        + " 元/年，" + (above ? "高于" : "未高于") + "监测范围 " + yuan(rules.threshold()) + " 元");
    }

    /** The unbroken run of registrations above the threshold ending with the latest one must span the profile's months. */
    private Reason incomeStable(List<Income> incomes) {
        String name = "收入持续稳定";
        int need = rules.stableIncomeMonths();
        if (rules.threshold() == null || incomes.isEmpty()) {
            return Reason.of("INCOME_STABLE", name, Verdict.FAIL, "暂无可判断的收入登记，须连续 " + need + " 个月收入稳定高于监测范围");
        }
        List<Income> newestFirst = incomes.stream().sorted(Comparator.comparing(Income::end).reversed()).toList();
        Income latest = newestFirst.get(0);
        if (latest.perCapitaYearly().compareTo(rules.threshold()) <= 0) {
            return Reason.of("INCOME_STABLE", name, Verdict.FAIL, "最近一次登记未高于监测范围，收入尚未稳定（要求连续 " + need + " 个月）");
        }
        LocalDate runStart = latest.start();
        for (Income i : newestFirst.subList(1, newestFirst.size())) {
            boolean adjoins = !i.end().plusDays(1).isBefore(runStart) && i.start().isBefore(runStart);
            if (!adjoins || i.perCapitaYearly().compareTo(rules.threshold()) <= 0) {
                break;
            }
            runStart = i.start();
        }
        long months = ChronoUnit.MONTHS.between(runStart, latest.end().plusDays(1));
        boolean ok = months >= need;
        return Reason.of("INCOME_STABLE", name, ok ? Verdict.PASS : Verdict.FAIL,
                runStart + " 至 " + latest.end() + " 连续 " + months + " 个月登记的人均纯收入均高于监测范围，要求不少于 " + need + " 个月");
    }

    private static Reason rigidSpending(Declarations d) {
        String name = "大额刚性支出已解决";
        if (d.rigidSpendingResolved() == null) {
            return Reason.of("RIGID_SPENDING", name, Verdict.TO_CONFIRM, "大额医疗、子女上学等刚性支出是否已稳定解决，须村级入户核实后在提出消除时确认");
        }
        return d.rigidSpendingResolved()
                ? Reason.of("RIGID_SPENDING", name, Verdict.PASS, "村级已确认大额刚性支出已稳定解决" + note(d))
                : Reason.of("RIGID_SPENDING", name, Verdict.FAIL, "刚性支出尚不可控，不得标注风险消除" + note(d));
    }

    private static Reason guarantees(EligibilityFacts.Visit visit, Declarations d) {
        String name = "“三保障”和饮水安全有保障";
        if (visit != null && !visit.guaranteeGaps().isEmpty()) {
            return Reason.of("GUARANTEES", name, Verdict.FAIL, "最近一次走访（" + visit.date() + "）发现："
                    + String.join("、", visit.guaranteeGaps()) + "，须先解决");
        }
        String seen = visit == null ? "暂无走访记录" : "最近一次走访（" + visit.date() + "）未发现“三保障”和饮水问题";
        if (d.guaranteesSecure() == null) {
            return Reason.of("GUARANTEES", name, Verdict.TO_CONFIRM, seen + "；须村级核实后在提出消除时确认");
        }
        return d.guaranteesSecure()
                ? Reason.of("GUARANTEES", name, Verdict.PASS, seen + "；村级已确认义务教育、基本医疗、住房安全和饮水安全有保障")
                : Reason.of("GUARANTEES", name, Verdict.FAIL, "村级核实“三保障”或饮水安全尚未解决" + note(d));
    }

    private Reason monthsSinceIdentification(LocalDate identifiedOn, LocalDate today) {
        int need = rules.minMonthsSinceIdentification();
        String name = "纳入监测满 " + need + " 个月";
        if (identifiedOn == null) {
            return Reason.of("MONTHS_SINCE_IDENTIFICATION", name, Verdict.FAIL, "未找到该户已公告的识别认定");
        }
        LocalDate from = identifiedOn.plusMonths(need);
        boolean ok = !today.isBefore(from);
        return Reason.of("MONTHS_SINCE_IDENTIFICATION", name, ok ? Verdict.PASS : Verdict.FAIL,
                identifiedOn + " 公告纳入，" + (ok ? "已满 " : "未满 ") + need + " 个月（" + from + " 起可提出消除）");
    }

    private Reason measures(int delivered) {
        int need = rules.minMeasures();
        boolean ok = delivered >= need;
        return Reason.of("MEASURES_DELIVERED", "帮扶措施已落实", ok ? Verdict.PASS : Verdict.FAIL,
                "已落实帮扶措施 " + delivered + " 项，要求不少于 " + need + " 项");
    }

    private Reason labour(List<LabourCapacity> labour) {
        String name = "家庭有劳动力";
        long able = labour.stream().filter(CAN_WORK::contains).count();
        if (able > 0) {
            return Reason.of("LABOUR", name, Verdict.PASS, "有劳动力成员 " + able + " 人");
        }
        if (labour.isEmpty() || labour.stream().anyMatch(java.util.Objects::isNull)) {
            return Reason.of("LABOUR", name, Verdict.FAIL, "成员劳动技能未登记完整，无法确认家庭有劳动力，请先补录");
        }
        return rules.noLabourNeverEliminated()
                ? Reason.of("LABOUR", name, Verdict.FAIL, "整户无劳动力：落实兜底保障后暂不标注风险消除，继续跟踪监测")
                : Reason.of("LABOUR", name, Verdict.PASS, "整户无劳动力，现行政策允许兜底保障到位后标注风险消除");
    }

    private static String note(Declarations d) {
        return d.note() == null || d.note().isBlank() ? "" : "（" + d.note().strip() + "）";
    }

    static String yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
