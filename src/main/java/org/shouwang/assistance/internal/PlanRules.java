package org.shouwang.assistance.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.shouwang.assistance.CheckResult;
import org.shouwang.assistance.MeasureCategory;
import org.shouwang.assistance.MeasureStatus;
import org.shouwang.assistance.PlanCheck;
import org.shouwang.assistance.RiskType;
import org.shouwang.shared.Labelled;

/**
 * The checks of one household's plan (issue 4, point 6; DOMAIN.md 4.3), each with its reason: every risk type has a
 * measure of a matching category, a household with labour has a 开发式 measure, a household without labour has
 * 综合保障, and the measures were set within the plan's days. Stopped measures count for nothing. Plain Java.
 */
public final class PlanRules {

    /** What a check needs of one measure. */
    public record Measure(String item, MeasureCategory category, MeasureStatus status, Set<String> riskTypes,
            LocalDate enteredOn) {
    }

    /** A member with labour (普通或技能劳动力), named in the reason. */
    public record Worker(String name, String capacityLabel) {
    }

    public record Facts(List<String> riskTypes, List<Worker> workers, List<Measure> measures, LocalDate measuresDue) {
    }

    public record Outcome(List<PlanCheck> checks, boolean developmentDelivered, String developmentReason) {
    }

    private PlanRules() {
    }

    public static Outcome check(Facts f, MeasureMatches matches, LocalDate today) {
        List<Measure> live = f.measures().stream().filter(m -> m.status() != MeasureStatus.STOPPED).toList();
        List<PlanCheck> out = new ArrayList<>(risks(f.riskTypes(), live, matches));
        out.add(labour(f.workers(), live));
        out.add(due(f.measures(), f.measuresDue(), today));
        Measure delivered = live.stream().filter(m -> m.category().development() && m.status() == MeasureStatus.DELIVERED)
                .findFirst().orElse(null);
        String reason = delivered != null ? "「" + delivered.item() + "」（" + delivered.category().label() + "）已落实"
                : "尚未落实开发式帮扶措施（产业、就业、金融、公益岗位）";
        return new Outcome(List.copyOf(out), delivered != null, reason);
    }

    static List<PlanCheck> risks(List<String> riskTypes, List<Measure> live, MeasureMatches matches) {
        if (riskTypes.isEmpty()) {
            return List.of(PlanCheck.of("RISK_MATCH", "风险类型", CheckResult.NOT_MET,
                    "未找到该户识别认定（已公告或绿色通道）确定的风险类型，无法核对措施是否对应"));
        }
        List<PlanCheck> out = new ArrayList<>();
        for (String risk : riskTypes) {
            String subject = Labelled.fromLabel(RiskType.class, risk).map(RiskType::label).orElse(risk);
            Set<MeasureCategory> ok = matches.acceptable(risk).orElse(null);
            // A risk type the table does not know is answered only by a measure that names it.
            Measure m = live.stream().filter(x -> answers(x, risk, ok)).findFirst().orElse(null);
            String accepted = ok == null ? "标明对应该风险的任一措施" : String.join("、", MeasureMatches.labels(ok));
            out.add(m != null
                    ? PlanCheck.of("RISK_MATCH", subject, CheckResult.MET, "由「" + m.item() + "」（" + m.category().label() + "）对应")
                    : PlanCheck.of("RISK_MATCH", subject, CheckResult.NOT_MET, "尚无对应措施，可对应的类别：" + accepted));
        }
        return out;
    }

    /** A measure answers a risk when its category fits and it names that risk or names none (it helps the household). */
    private static boolean answers(Measure m, String risk, Set<MeasureCategory> ok) {
        if (ok == null) {
            return m.riskTypes().contains(risk);
        }
        return ok.contains(m.category()) && (m.riskTypes().isEmpty() || m.riskTypes().contains(risk));
    }

    static PlanCheck labour(List<Worker> workers, List<Measure> live) {
        if (!workers.isEmpty()) {
            String who = workers.stream().map(w -> w.name() + "（" + w.capacityLabel() + "）").collect(Collectors.joining("、"));
            Measure dev = live.stream().filter(m -> m.category().development()).findFirst().orElse(null);
            return dev != null
                    ? PlanCheck.of("DEVELOPMENT", "开发式帮扶", CheckResult.MET,
                            "家中有劳动力 " + who + "，已安排「" + dev.item() + "」（" + dev.category().label() + "）")
                    : PlanCheck.of("DEVELOPMENT", "开发式帮扶", CheckResult.NOT_MET,
                            "家中有劳动力 " + who + "，应至少安排一项开发式帮扶措施（产业、就业、金融、公益岗位）");
        }
        Measure sp = live.stream().filter(m -> m.category() == MeasureCategory.SOCIAL_PROTECTION).findFirst().orElse(null);
        return sp != null
                ? PlanCheck.of("SOCIAL_PROTECTION", "兜底保障", CheckResult.MET,
                        "家中无普通或技能劳动力，已落实「" + sp.item() + "」（综合保障）")
                : PlanCheck.of("SOCIAL_PROTECTION", "兜底保障", CheckResult.NOT_MET,
                        "家中无普通或技能劳动力，应及时纳入综合保障（低保、特困供养、临时救助等）");
    }

    /** The plan's first measure against its due date (measures_due: the profile's MEASURES step). */
    static PlanCheck due(List<Measure> all, LocalDate due, LocalDate today) {
        LocalDate first = all.stream().map(Measure::enteredOn).min(Comparator.naturalOrder()).orElse(null);
        String subject = "措施时限";
        if (first == null) {
            long left = ChronoUnit.DAYS.between(today, due);
            return left >= 0
                    ? PlanCheck.of("MEASURES_DUE", subject, CheckResult.DUE, "帮扶措施应于 " + due + " 前制定，还剩 " + left + " 天")
                    : PlanCheck.of("MEASURES_DUE", subject, CheckResult.OVERDUE,
                            "帮扶措施应于 " + due + " 前制定，已逾期 " + (-left) + " 天");
        }
        return first.isAfter(due)
                ? PlanCheck.of("MEASURES_DUE", subject, CheckResult.LATE,
                        "首项措施 " + first + " 制定，晚于时限 " + due + " 共 " + ChronoUnit.DAYS.between(due, first) + " 天")
                : PlanCheck.of("MEASURES_DUE", subject, CheckResult.MET, "首项措施 " + first + " 制定，在时限 " + due + " 内");
    }
}
