package org.shouwang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shouwang.shared.Violation;

class HouseholdRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static List<Violation> exitYearViolations(HouseholdType type, Integer year) {
        HouseholdDraft draft = new HouseholdDraft("H-1", "349999001001", null, null, type, year, "东村1号", null, false,
                null, List.of(), List.of());
        return HouseholdRules.check(draft, TODAY).stream().filter(v -> v.field().equals("povertyExitYear")).toList();
    }

    @Test
    void aPovertyHouseholdMayStateAnyYearOfTheCampaignFrom2013To2020() {
        for (int year = 2013; year <= 2020; year++) {
            assertThat(exitYearViolations(HouseholdType.POVERTY_ALLEVIATED, year)).as("year " + year).isEmpty();
        }
    }

    @Test
    void theExitYearIsOptionalForEveryHousehold() {
        assertThat(exitYearViolations(HouseholdType.POVERTY_ALLEVIATED, null)).isEmpty();
        assertThat(exitYearViolations(HouseholdType.ORDINARY, null)).isEmpty();
        assertThat(exitYearViolations(null, null)).isEmpty();
    }

    @Test
    void yearsOutsideTheCampaignAreRefusedWithTheYearInTheMessage() {
        for (int year : new int[] {2012, 2021, 2025, 0, -2018, 20180}) {
            List<Violation> v = exitYearViolations(HouseholdType.POVERTY_ALLEVIATED, year);
            assertThat(v).as("year " + year).extracting(Violation::code).containsExactly("EXIT_YEAR_RANGE");
            assertThat(v.get(0).message()).contains("2013", "2020", String.valueOf(year));
        }
    }

    @Test
    void anOrdinaryHouseholdHasNoExitYearEvenAValidOne() {
        List<Violation> v = exitYearViolations(HouseholdType.ORDINARY, 2018);
        assertThat(v).extracting(Violation::code).containsExactly("EXIT_YEAR_NOT_POVERTY");
        assertThat(v.get(0).message()).contains("一般农户");
        assertThat(exitYearViolations(HouseholdType.ORDINARY, 2030)).extracting(Violation::code)
                .as("one clear reason, not two").containsExactly("EXIT_YEAR_NOT_POVERTY");
    }

    @Test
    void anUnknownTypeIsReportedOnItsOwnFieldNotAsAnExitYearError() {
        assertThat(exitYearViolations(null, 2018)).isEmpty();
        assertThat(exitYearViolations(null, 2025)).extracting(Violation::code).containsExactly("EXIT_YEAR_RANGE");
    }
}
