package org.shouwang.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.shouwang.registry.HouseholdType;
import org.shouwang.registry.MonitoringStatus;

class FollowRulesTest {

    private final FollowSettings s = FollowSettings.DEFAULTS;

    private static FollowRules.Household household(MonitoringStatus status, HouseholdType type, boolean away) {
        return new FollowRules.Household(status, type, away);
    }

    @Test
    void anUnresolvedMonitoredHouseholdIsVisitedAndRegistersIncomeMonthly() {
        List<FollowRules.Plan> plans = FollowRules.plans(household(MonitoringStatus.RISK_ACTIVE, HouseholdType.ORDINARY, false), s);
        assertThat(plans).extracting(FollowRules.Plan::kind, FollowRules.Plan::everyMonths, FollowRules.Plan::mode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FollowKind.VISIT, 1, VisitMode.IN_PERSON),
                        org.assertj.core.groups.Tuple.tuple(FollowKind.INCOME, 1, VisitMode.IN_PERSON));
        assertThat(plans.get(0).reason()).isEqualTo("风险未消除的监测对象每月走访");
    }

    @Test
    void aPovertyAlleviatedHouseholdAndAnEliminatedOneAreFollowedQuarterly() {
        for (var h : List.of(household(MonitoringStatus.NOT_MONITORED, HouseholdType.POVERTY_ALLEVIATED, false),
                household(MonitoringStatus.IDENTIFYING, HouseholdType.POVERTY_ALLEVIATED, false),
                household(MonitoringStatus.RISK_ELIMINATED, HouseholdType.ORDINARY, false))) {
            assertThat(FollowRules.plans(h, s)).extracting(FollowRules.Plan::everyMonths).containsExactly(3, 3);
        }
        assertThat(FollowRules.plans(household(MonitoringStatus.NOT_MONITORED, HouseholdType.POVERTY_ALLEVIATED, false), s)
                .get(1).reason()).isEqualTo("脱贫户每季度登记收入");
    }

    @Test
    void ordinaryUnmonitoredAndRemovedHouseholdsAreNotFollowed() {
        assertThat(FollowRules.plans(household(MonitoringStatus.NOT_MONITORED, HouseholdType.ORDINARY, false), s)).isEmpty();
        assertThat(FollowRules.plans(household(MonitoringStatus.IDENTIFYING, HouseholdType.ORDINARY, false), s)).isEmpty();
        assertThat(FollowRules.plans(household(MonitoringStatus.REMOVED, HouseholdType.POVERTY_ALLEVIATED, false), s)).isEmpty();
    }

    @Test
    void aLongAbsentHouseholdIsContactedByPhoneQuarterlyUnlessItsRiskIsUnresolved() {
        var others = FollowRules.plans(household(MonitoringStatus.NOT_MONITORED, HouseholdType.POVERTY_ALLEVIATED, true), s);
        assertThat(others.get(0).mode()).isEqualTo(VisitMode.PHONE);
        assertThat(others.get(0).everyMonths()).isEqualTo(3);
        assertThat(others.get(0).reason()).contains("长期外出");
        var monitored = FollowRules.plans(household(MonitoringStatus.RISK_ACTIVE, HouseholdType.ORDINARY, true), s);
        assertThat(monitored.get(0).mode()).isEqualTo(VisitMode.PHONE);
        assertThat(monitored.get(0).everyMonths()).isEqualTo(1);
    }

    @Test
    void aHouseholdIsLongAbsentOnlyWhenEveryMemberWorksOutsideTheCountyLongEnough() {
        var shanghai = new FollowRules.Presence("上海市浦东新区", 10);
        var nearby = new FollowRules.Presence("测试县城关镇", 12);
        var shortly = new FollowRules.Presence("江苏苏州", 4);
        var home = new FollowRules.Presence(null, null);
        assertThat(FollowRules.longAbsent(List.of(shanghai, shanghai), "测试县", 6)).isTrue();
        assertThat(FollowRules.longAbsent(List.of(shanghai, nearby), "测试县", 6)).isFalse();
        assertThat(FollowRules.longAbsent(List.of(shanghai, shortly), "测试县", 6)).isFalse();
        assertThat(FollowRules.longAbsent(List.of(shanghai, home), "测试县", 6)).isFalse();
        assertThat(FollowRules.longAbsent(List.of(new FollowRules.Presence("本县工业园", 12)), "测试县", 6)).isFalse();
        assertThat(FollowRules.longAbsent(List.of(), "测试县", 6)).isFalse();
    }

    @Test
    void incomeIsDueTenDaysAfterTheNextPeriodEnds() {
        // nothing registered yet, identified 20 November: November's income is due on 10 December
        assertThat(FollowRules.incomeDue(null, LocalDate.of(2026, 11, 20), 1, 10)).isEqualTo(LocalDate.of(2026, 12, 10));
        // October registered: November is next
        assertThat(FollowRules.incomeDue(LocalDate.of(2026, 10, 31), null, 1, 10)).isEqualTo(LocalDate.of(2026, 12, 10));
        // quarterly, Q3 registered: Q4 is due 10 January
        assertThat(FollowRules.incomeDue(LocalDate.of(2026, 9, 30), null, 3, 10)).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(FollowRules.period(LocalDate.of(2026, 5, 17), 3))
                .containsExactly(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
    }

    @Test
    void aVisitIsDueOneIntervalLaterAndTheStateFollowsTheDay() {
        assertThat(FollowRules.visitDue(LocalDate.of(2026, 1, 31), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(FollowRules.state(today.minusDays(1), today, 3)).isEqualTo(DueState.OVERDUE);
        assertThat(FollowRules.state(today, today, 3)).isEqualTo(DueState.DUE_SOON);
        assertThat(FollowRules.state(today.plusDays(3), today, 3)).isEqualTo(DueState.DUE_SOON);
        assertThat(FollowRules.state(today.plusDays(4), today, 3)).isEqualTo(DueState.OK);
    }

    @Test
    void aDayHoldsTwentyOrdinaryHouseholdsThirtyFiveAtALargeSiteOrAMix() {
        List<Integer> ordinary = IntStream.range(0, 50).boxed().toList();
        assertThat(FollowRules.daily(ordinary, i -> false, 20, 35)).hasSize(20);
        assertThat(FollowRules.daily(ordinary, i -> true, 20, 35)).hasSize(35);
        // ten ordinary households take half the day; the other half holds 17 at a site (17/35 ≤ 1/2 < 18/35)
        List<Integer> mixed = FollowRules.daily(ordinary, i -> i >= 10, 20, 35);
        assertThat(mixed).hasSize(27).startsWith(0, 1, 2);
        // urgency order is kept: the first household that does not fit ends the day
        assertThat(FollowRules.daily(Collections.nCopies(5, 1), i -> false, 2, 35)).hasSize(2);
    }

    @Test
    void perCapitaYearlyIncomeScalesAMonthOrAQuarterToAYear() {
        assertThat(IncomeRegistrationRules.perCapitaYearly(new BigDecimal("1500.00"), 3, 1)).isEqualByComparingTo("6000.00");
        assertThat(IncomeRegistrationRules.perCapitaYearly(new BigDecimal("5000.00"), 3, 3)).isEqualByComparingTo("6666.67");
    }

    @Test
    void periodsAreMonthsOrQuarters() {
        assertThat(IncomePeriod.parse("2026-10")).isEqualTo(new IncomePeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 1));
        assertThat(IncomePeriod.parse("2026-Q3").label()).isEqualTo("2026年第3季度");
        assertThat(IncomePeriod.parse("2026q1").end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(IncomePeriod.parse("2026-13")).isNull();
        assertThat(IncomePeriod.parse("2026-Q5")).isNull();
        assertThat(IncomePeriod.parse("'; drop table household; --")).isNull();
    }
}
