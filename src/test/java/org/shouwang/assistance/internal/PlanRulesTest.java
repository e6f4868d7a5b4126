package org.shouwang.assistance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shouwang.assistance.CheckResult;
import org.shouwang.assistance.MeasureCategory;
import org.shouwang.assistance.MeasureStatus;
import org.shouwang.assistance.PlanCheck;

class PlanRulesTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 10);
    static final LocalDate TODAY = DUE.plusDays(5);
    static final PlanRules.Worker WORKER = new PlanRules.Worker("张伟", "普通劳动力");

    static PlanRules.Measure m(String item, MeasureCategory c, MeasureStatus s, Set<String> risks, LocalDate on) {
        return new PlanRules.Measure(item, c, s, risks, on);
    }

    static PlanRules.Outcome check(List<String> risks, List<PlanRules.Worker> workers, List<PlanRules.Measure> measures) {
        return PlanRules.check(new PlanRules.Facts(risks, workers, measures, DUE), MeasureMatches.defaults(), TODAY);
    }

    static PlanCheck find(PlanRules.Outcome o, String code) {
        return o.checks().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void anIllnessIsAnsweredByAHealthMeasureAndNotByAnIndustryOne() {
        var health = m("大病救助", MeasureCategory.HEALTH, MeasureStatus.IN_PROGRESS, Set.of(), DUE);
        var industry = m("发展养殖", MeasureCategory.INDUSTRY, MeasureStatus.PLANNED, Set.of(), DUE);
        PlanCheck met = find(check(List.of("ILLNESS"), List.of(WORKER), List.of(health, industry)), "RISK_MATCH");
        assertThat(met.result()).isEqualTo(CheckResult.MET);
        assertThat(met.subject()).isEqualTo("因病");
        assertThat(met.reason()).isEqualTo("由「大病救助」（健康帮扶）对应");
        PlanCheck notMet = find(check(List.of("ILLNESS"), List.of(WORKER), List.of(industry)), "RISK_MATCH");
        assertThat(notMet.result()).isEqualTo(CheckResult.NOT_MET);
        assertThat(notMet.reason()).isEqualTo("尚无对应措施，可对应的类别：健康帮扶、综合保障、社会帮扶");
    }

    @Test
    void aMeasureNamingAnotherRiskDoesNotAnswerThisOneAndAStoppedMeasureCountsForNothing() {
        var forDisaster = m("临时救助", MeasureCategory.SOCIAL_PROTECTION, MeasureStatus.DELIVERED, Set.of("DISASTER"), DUE);
        var stopped = m("医疗救助", MeasureCategory.HEALTH, MeasureStatus.STOPPED, Set.of("ILLNESS"), DUE);
        var o = check(List.of("ILLNESS", "DISASTER"), List.of(), List.of(forDisaster, stopped));
        assertThat(o.checks().subList(0, 2)).extracting(PlanCheck::result).containsExactly(CheckResult.NOT_MET, CheckResult.MET);
    }

    @Test
    void aCountyOverrideChangesOneRowOfTheTable() {
        var matches = MeasureMatches.withOverrides(Map.of("measureMatch.ILLNESS", "INDUSTRY、健康帮扶", "monitoredObject", "监测户"));
        assertThat(matches.acceptable("ILLNESS")).contains(Set.of(MeasureCategory.INDUSTRY, MeasureCategory.HEALTH));
        assertThat(matches.acceptable("EDUCATION")).contains(Set.of(MeasureCategory.COMPULSORY_EDUCATION,
                MeasureCategory.OTHER_EDUCATION, MeasureCategory.SOCIAL));
        // A value naming nothing known keeps the shipped row.
        assertThat(MeasureMatches.withOverrides(Map.of("measureMatch.ILLNESS", "<script>")).acceptable("ILLNESS"))
                .isEqualTo(MeasureMatches.defaults().acceptable("ILLNESS"));
    }

    @Test
    void anUnknownRiskCodeIsAnsweredOnlyByAMeasureThatNamesIt() {
        var generic = m("慰问", MeasureCategory.SOCIAL, MeasureStatus.DELIVERED, Set.of(), DUE);
        assertThat(find(check(List.of("MEDICAL_EXPENSE"), List.of(), List.of(generic)), "RISK_MATCH").result())
                .isEqualTo(CheckResult.NOT_MET);
        var named = m("医疗费用补助", MeasureCategory.HEALTH, MeasureStatus.DELIVERED, Set.of("MEDICAL_EXPENSE"), DUE);
        assertThat(find(check(List.of("MEDICAL_EXPENSE"), List.of(), List.of(named)), "RISK_MATCH").result())
                .isEqualTo(CheckResult.MET);
    }

    @Test
    void noRiskTypesIsReportedNotPassed() {
        PlanCheck c = find(check(List.of(), List.of(), List.of()), "RISK_MATCH");
        assertThat(c.result()).isEqualTo(CheckResult.NOT_MET);
        assertThat(c.reason()).contains("未找到该户识别认定");
    }

    @Test
    void aHouseholdWithLabourNeedsADevelopmentMeasureAndIsFlaggedOnceOneIsDelivered() {
        var job = m("公益性岗位", MeasureCategory.PUBLIC_WELFARE_JOB, MeasureStatus.IN_PROGRESS, Set.of(), DUE);
        var none = check(List.of("ILLNESS"), List.of(WORKER), List.of());
        assertThat(find(none, "DEVELOPMENT").result()).isEqualTo(CheckResult.NOT_MET);
        assertThat(find(none, "DEVELOPMENT").reason()).contains("张伟（普通劳动力）").contains("应至少安排一项开发式帮扶措施");
        var planned = check(List.of("ILLNESS"), List.of(WORKER), List.of(job));
        assertThat(find(planned, "DEVELOPMENT").result()).isEqualTo(CheckResult.MET);
        assertThat(planned.developmentDelivered()).isFalse();
        var delivered = check(List.of("ILLNESS"), List.of(WORKER),
                List.of(m("公益性岗位", MeasureCategory.PUBLIC_WELFARE_JOB, MeasureStatus.DELIVERED, Set.of(), DUE)));
        assertThat(delivered.developmentDelivered()).isTrue();
        assertThat(delivered.developmentReason()).isEqualTo("「公益性岗位」（公益岗位帮扶）已落实");
        // A delivered health measure is not development-type.
        assertThat(check(List.of(), List.of(WORKER), List.of(m("医疗", MeasureCategory.HEALTH, MeasureStatus.DELIVERED,
                Set.of(), DUE))).developmentDelivered()).isFalse();
    }

    @Test
    void aHouseholdWithoutLabourNeedsSocialProtectionInstead() {
        var o = check(List.of("LABOUR_SHORTAGE"), List.of(), List.of(m("产业奖补", MeasureCategory.INDUSTRY,
                MeasureStatus.PLANNED, Set.of(), DUE)));
        assertThat(o.checks()).extracting(PlanCheck::code).doesNotContain("DEVELOPMENT");
        assertThat(find(o, "SOCIAL_PROTECTION").result()).isEqualTo(CheckResult.NOT_MET);
        assertThat(find(o, "SOCIAL_PROTECTION").reason()).contains("应及时纳入综合保障");
        var ok = check(List.of(), List.of(), List.of(m("农村低保", MeasureCategory.SOCIAL_PROTECTION,
                MeasureStatus.DELIVERED, Set.of(), DUE)));
        assertThat(find(ok, "SOCIAL_PROTECTION").result()).isEqualTo(CheckResult.MET);
    }

    @Test
    void measuresAreDueByTheDateAndTheFirstOneDecidesOnTimeOrLate() {
        assertThat(PlanRules.due(List.of(), DUE, DUE.minusDays(1)).reason()).isEqualTo("帮扶措施应于 2026-03-10 前制定，还剩 1 天");
        PlanCheck overdue = PlanRules.due(List.of(), DUE, DUE.plusDays(4));
        assertThat(overdue.result()).isEqualTo(CheckResult.OVERDUE);
        assertThat(overdue.reason()).isEqualTo("帮扶措施应于 2026-03-10 前制定，已逾期 4 天");
        var onTime = m("a", MeasureCategory.HEALTH, MeasureStatus.PLANNED, Set.of(), DUE);
        var later = m("b", MeasureCategory.HEALTH, MeasureStatus.PLANNED, Set.of(), DUE.plusDays(20));
        assertThat(PlanRules.due(List.of(later, onTime), DUE, TODAY).result()).isEqualTo(CheckResult.MET);
        PlanCheck late = PlanRules.due(List.of(later), DUE, TODAY);
        assertThat(late.result()).isEqualTo(CheckResult.LATE);
        assertThat(late.reason()).endsWith("晚于时限 2026-03-10 共 20 天");
    }
}
