package org.shouwang.elimination;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouwang.elimination.EligibilityFacts.Declarations;
import org.shouwang.elimination.EligibilityFacts.Income;
import org.shouwang.registry.LabourCapacity;
import org.shouwang.registry.MonitoringStatus;

/** Each condition of DOMAIN.md 4.4 on both sides of its boundary, on 2026-11-16 with threshold 7,000. */
class EligibilityCheckTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
    static final EligibilityRules RULES = new EligibilityRules(new BigDecimal("7000"), 6, 6, 1, true);
    static final Declarations CONFIRMED = new Declarations(true, true, "入户核实");

    /** Monthly registrations of the last {@code months} whole months, each at {@code perCapita}. */
    static List<Income> monthly(int months, String perCapita) {
        List<Income> out = new ArrayList<>();
        LocalDate first = TODAY.withDayOfMonth(1);
        for (int i = 1; i <= months; i++) {
            LocalDate start = first.minusMonths(i);
            out.add(new Income(start, start.plusMonths(1).minusDays(1), new BigDecimal(perCapita)));
        }
        return out;
    }

    static EligibilityFacts facts(List<Income> incomes, LocalDate identifiedOn, int measures, List<LabourCapacity> labour,
            EligibilityFacts.Visit visit) {
        return new EligibilityFacts(MonitoringStatus.RISK_ACTIVE, incomes, identifiedOn, measures, labour, visit);
    }

    static EligibilityFacts good() {
        return facts(monthly(6, "8000"), TODAY.minusMonths(6), 1, List.of(LabourCapacity.ORDINARY, LabourCapacity.NONE),
                new EligibilityFacts.Visit(TODAY.minusDays(10), List.of()));
    }

    static Eligibility check(EligibilityFacts f, EliminationMethod m, Declarations d) {
        return new EligibilityCheck(RULES, CLOCK).check(1L, f, m, d);
    }

    static Eligibility.Reason reason(Eligibility e, String code) {
        return e.reasons().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aHouseholdMeetingEveryConditionIsEligibleWithAReasonForEach() {
        Eligibility e = check(good(), EliminationMethod.ASSISTED, CONFIRMED);
        assertThat(e.eligible()).isTrue();
        assertThat(e.blocked()).isFalse();
        assertThat(e.reasons()).extracting(Eligibility.Reason::code).containsExactly("STATUS", "INCOME_ABOVE_THRESHOLD",
                "INCOME_STABLE", "RIGID_SPENDING", "GUARANTEES", "MONTHS_SINCE_IDENTIFICATION", "MEASURES_DELIVERED", "LABOUR");
        assertThat(reason(e, "INCOME_ABOVE_THRESHOLD").explanation()).contains("8000.00", "7000.00", "高于");
    }

    @Test
    void withoutTheVillagesConfirmationTheCheckWaitsButIsNotBlocked() {
        Eligibility e = check(good(), EliminationMethod.ASSISTED, null);
        assertThat(e.eligible()).isFalse();
        assertThat(e.blocked()).isFalse();
        assertThat(reason(e, "RIGID_SPENDING").verdict()).isEqualTo(Verdict.TO_CONFIRM);
        assertThat(reason(e, "GUARANTEES").verdict()).isEqualTo(Verdict.TO_CONFIRM);
    }

    @Test
    void incomeExactlyAtTheThresholdIsNotAboveIt() {
        var f = facts(monthly(6, "7000"), TODAY.minusMonths(6), 1, List.of(LabourCapacity.ORDINARY), null);
        Eligibility e = check(f, EliminationMethod.ASSISTED, CONFIRMED);
        assertThat(reason(e, "INCOME_ABOVE_THRESHOLD").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(reason(e, "INCOME_ABOVE_THRESHOLD").explanation()).contains("未高于");
        assertThat(reason(e, "INCOME_STABLE").verdict()).isEqualTo(Verdict.FAIL);
        var cent = facts(monthly(6, "7000.01"), TODAY.minusMonths(6), 1, List.of(LabourCapacity.ORDINARY), null);
        assertThat(reason(check(cent, EliminationMethod.ASSISTED, CONFIRMED), "INCOME_ABOVE_THRESHOLD").verdict())
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void incomeStableForSixMonthsPassesAndFiveFails() {
        assertThat(reason(check(good(), EliminationMethod.ASSISTED, CONFIRMED), "INCOME_STABLE").verdict()).isEqualTo(Verdict.PASS);
        var five = facts(monthly(5, "8000"), TODAY.minusMonths(6), 1, List.of(LabourCapacity.ORDINARY), null);
        Eligibility e = check(five, EliminationMethod.ASSISTED, CONFIRMED);
        assertThat(reason(e, "INCOME_STABLE").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(reason(e, "INCOME_STABLE").explanation()).contains("连续 5 个月", "不少于 6 个月");
    }

    @Test
    void aMonthBelowTheThresholdOrAGapBreaksTheStableRun() {
        List<Income> dip = new ArrayList<>(monthly(6, "8000"));
        Income third = dip.get(2);
        dip.set(2, new Income(third.start(), third.end(), new BigDecimal("6500")));
        assertThat(reason(check(facts(dip, TODAY.minusMonths(7), 1, List.of(LabourCapacity.ORDINARY), null),
                EliminationMethod.ASSISTED, CONFIRMED), "INCOME_STABLE").explanation()).contains("连续 2 个月");
        List<Income> gap = new ArrayList<>(monthly(7, "8000"));
        gap.remove(3);
        assertThat(reason(check(facts(gap, TODAY.minusMonths(7), 1, List.of(LabourCapacity.ORDINARY), null),
                EliminationMethod.ASSISTED, CONFIRMED), "INCOME_STABLE").verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void quarterlyRegistrationsCountTheirMonths() {
        LocalDate q = LocalDate.of(2026, 4, 1);
        List<Income> quarters = List.of(new Income(q, LocalDate.of(2026, 6, 30), new BigDecimal("9000")),
                new Income(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), new BigDecimal("9100")));
        var f = facts(quarters, TODAY.minusMonths(8), 2, List.of(LabourCapacity.SKILLED), null);
        assertThat(reason(check(f, EliminationMethod.ASSISTED, CONFIRMED), "INCOME_STABLE").verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void naturalEliminationDoesNotNeedTheStablePeriodButStillNeedsIncomeAboveTheThreshold() {
        var oneMonth = facts(monthly(1, "8000"), TODAY.minusMonths(6), 1, List.of(LabourCapacity.ORDINARY), null);
        Eligibility e = check(oneMonth, EliminationMethod.NATURAL, CONFIRMED);
        assertThat(reason(e, "INCOME_STABLE").verdict()).isEqualTo(Verdict.NOT_REQUIRED);
        assertThat(e.eligible()).isTrue();
        assertThat(check(oneMonth, EliminationMethod.ASSISTED, CONFIRMED).eligible()).isFalse();
    }

    @Test
    void exactlySixMonthsSinceIdentificationPassesAndOneDayLessFails() {
        var exactly = facts(monthly(6, "8000"), TODAY.minusMonths(6), 1, List.of(LabourCapacity.ORDINARY), null);
        assertThat(reason(check(exactly, EliminationMethod.ASSISTED, CONFIRMED), "MONTHS_SINCE_IDENTIFICATION").verdict())
                .isEqualTo(Verdict.PASS);
        var dayShort = facts(monthly(6, "8000"), TODAY.minusMonths(6).plusDays(1), 1, List.of(LabourCapacity.ORDINARY), null);
        Eligibility e = check(dayShort, EliminationMethod.ASSISTED, CONFIRMED);
        assertThat(reason(e, "MONTHS_SINCE_IDENTIFICATION").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(reason(e, "MONTHS_SINCE_IDENTIFICATION").explanation()).contains("未满 6 个月", "2026-11-17 起");
        var never = facts(monthly(6, "8000"), null, 1, List.of(LabourCapacity.ORDINARY), null);
        assertThat(reason(check(never, EliminationMethod.ASSISTED, CONFIRMED), "MONTHS_SINCE_IDENTIFICATION").verdict())
                .isEqualTo(Verdict.FAIL);
    }

    @Test
    void oneDeliveredMeasureIsEnoughAndNoneIsNot() {
        var none = facts(monthly(6, "8000"), TODAY.minusMonths(6), 0, List.of(LabourCapacity.ORDINARY), null);
        Eligibility e = check(none, EliminationMethod.ASSISTED, CONFIRMED);
        assertThat(reason(e, "MEASURES_DELIVERED").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(reason(e, "MEASURES_DELIVERED").explanation()).contains("0 项", "不少于 1 项");
        assertThat(reason(check(good(), EliminationMethod.ASSISTED, CONFIRMED), "MEASURES_DELIVERED").verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aHouseholdWhereNoOneCanWorkIsRefusedWithThatReasonUnlessThePolicyAllowsIt() {
        var noLabour = facts(monthly(6, "8000"), TODAY.minusMonths(6), 1, List.of(LabourCapacity.NONE, LabourCapacity.LOST), null);
        Eligibility e = check(noLabour, EliminationMethod.ASSISTED, CONFIRMED);
        assertThat(e.blocked()).isTrue();
        assertThat(reason(e, "LABOUR").explanation()).contains("整户无劳动力");
        var relaxed = new EligibilityRules(new BigDecimal("7000"), 6, 6, 1, false);
        assertThat(new EligibilityCheck(relaxed, CLOCK).check(1L, noLabour, EliminationMethod.ASSISTED, CONFIRMED).eligible()).isTrue();
        var weak = facts(monthly(6, "8000"), TODAY.minusMonths(6), 1, List.of(LabourCapacity.WEAK, LabourCapacity.NONE), null);
        assertThat(reason(check(weak, EliminationMethod.ASSISTED, CONFIRMED), "LABOUR").verdict()).isEqualTo(Verdict.PASS);
        List<LabourCapacity> unknown = new ArrayList<>();
        unknown.add(null);
        assertThat(reason(check(facts(monthly(6, "8000"), TODAY.minusMonths(6), 1, unknown, null), EliminationMethod.ASSISTED,
                CONFIRMED), "LABOUR").explanation()).contains("未登记");
    }

    @Test
    void aGuaranteeProblemSeenOnTheLatestVisitBlocksEvenWithTheVillagesWord() {
        var seen = facts(monthly(6, "8000"), TODAY.minusMonths(6), 1, List.of(LabourCapacity.ORDINARY),
                new EligibilityFacts.Visit(LocalDate.of(2026, 11, 2), List.of("住房安全问题")));
        Eligibility e = check(seen, EliminationMethod.ASSISTED, CONFIRMED);
        assertThat(reason(e, "GUARANTEES").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(reason(e, "GUARANTEES").explanation()).contains("2026-11-02", "住房安全问题");
    }

    @Test
    void theVillageSayingSpendingIsNotResolvedBlocks() {
        Eligibility e = check(good(), EliminationMethod.ASSISTED, new Declarations(false, true, "仍在住院"));
        assertThat(reason(e, "RIGID_SPENDING").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(reason(e, "RIGID_SPENDING").explanation()).contains("仍在住院");
        assertThat(e.blocked()).isTrue();
    }

    @Test
    void onlyAMonitoredHouseholdWithActiveRiskAndAThresholdCanPass() {
        var eliminated = new EligibilityFacts(MonitoringStatus.RISK_ELIMINATED, monthly(6, "8000"), TODAY.minusMonths(6), 1,
                List.of(LabourCapacity.ORDINARY), null);
        assertThat(reason(check(eliminated, EliminationMethod.ASSISTED, CONFIRMED), "STATUS").explanation()).contains("风险已消除");
        var noThreshold = new EligibilityRules(null, 6, 6, 1, true);
        Eligibility e = new EligibilityCheck(noThreshold, CLOCK).check(1L, good(), EliminationMethod.ASSISTED, CONFIRMED);
        assertThat(reason(e, "INCOME_ABOVE_THRESHOLD").explanation()).contains("未设定监测范围");
        assertThat(reason(check(facts(List.of(), TODAY.minusMonths(6), 1, List.of(LabourCapacity.ORDINARY), null),
                EliminationMethod.ASSISTED, CONFIRMED), "INCOME_ABOVE_THRESHOLD").explanation()).contains("暂无收入登记");
    }
}
