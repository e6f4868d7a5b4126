package org.shouwang.assistance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouwang.assistance.CheckResult;
import org.shouwang.assistance.ContactKind;
import org.shouwang.assistance.PlanCheck;

class ContactRulesTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 6);
    static final ContactRules.Household POVERTY = new ContactRules.Household(true, false);
    static final ContactRules.Household ORDINARY = new ContactRules.Household(false, false);
    static final ContactRules.Household RELOCATED = new ContactRules.Household(true, true);

    @Test
    void aMonitoredPovertyHouseholdNeedsItsExistingPersonAndAMonitoringOne() {
        assertThat(ContactRules.required(POVERTY)).containsExactly(ContactKind.EXISTING, ContactKind.MONITORING);
        assertThat(ContactRules.required(ORDINARY)).containsExactly(ContactKind.MONITORING);
        assertThat(ContactRules.required(RELOCATED)).containsExactly(ContactKind.ORIGIN_TOWNSHIP,
                ContactKind.RESETTLEMENT_COMMUNITY);
    }

    @Test
    void aMissingPersonIsDueBeforeTheDateAndOverdueAfterItWithTheDays() {
        PlanCheck before = ContactRules.check(ORDINARY, List.of(), DUE, DUE.minusDays(2)).get(0);
        assertThat(before.result()).isEqualTo(CheckResult.DUE);
        assertThat(before.reason()).isEqualTo("监测联系人应于 2026-03-06 前明确，还剩 2 天");
        PlanCheck after = ContactRules.check(ORDINARY, List.of(), DUE, DUE.plusDays(3)).get(0);
        assertThat(after.result()).isEqualTo(CheckResult.OVERDUE);
        assertThat(after.reason()).isEqualTo("监测联系人应于 2026-03-06 前明确，已逾期 3 天");
    }

    @Test
    void aPersonNamedInTimeMeetsTheRuleAndOneNamedLateIsFlaggedLate() {
        var onTime = new ContactRules.Current(ContactKind.MONITORING, "王强", "镇农业站", DUE);
        assertThat(ContactRules.check(ORDINARY, List.of(onTime), DUE, DUE.plusDays(10)).get(0).result()).isEqualTo(CheckResult.MET);
        var late = new ContactRules.Current(ContactKind.MONITORING, "王强", "镇农业站", DUE.plusDays(4));
        PlanCheck c = ContactRules.check(ORDINARY, List.of(late), DUE, DUE.plusDays(10)).get(0);
        assertThat(c.result()).isEqualTo(CheckResult.LATE);
        assertThat(c.reason()).contains("王强（镇农业站）").contains("晚于时限 2026-03-06 共 4 天");
    }

    @Test
    void aPovertyHouseholdWithOnlyItsExistingPersonStillLacksTheMonitoringOne() {
        var existing = new ContactRules.Current(ContactKind.EXISTING, "李华", "县教育局", LocalDate.of(2019, 5, 1));
        List<PlanCheck> checks = ContactRules.check(POVERTY, List.of(existing), DUE, DUE.plusDays(1));
        assertThat(checks).extracting(PlanCheck::subject).containsExactly("原帮扶责任人", "监测联系人");
        assertThat(checks).extracting(PlanCheck::result).containsExactly(CheckResult.MET, CheckResult.OVERDUE);
    }

    @Test
    void aRelocatedHouseholdWithOnlyTheCommunityPersonLacksTheOriginTownshipOne() {
        var community = new ContactRules.Current(ContactKind.RESETTLEMENT_COMMUNITY, "赵敏", "安置社区", DUE);
        List<PlanCheck> checks = ContactRules.check(RELOCATED, List.of(community), DUE, DUE);
        assertThat(checks).extracting(PlanCheck::result).containsExactly(CheckResult.DUE, CheckResult.MET);
        assertThat(checks.get(0).reason()).startsWith("迁出地乡镇联系人应于");
    }

    @Test
    void noClockMeansNoChecks() {
        assertThat(ContactRules.check(POVERTY, List.of(), null, DUE)).isEmpty();
    }
}
