package org.shouwang.demo;

import java.util.List;
import org.shouwang.registry.HouseholdType;

/** One invented household: the 户主 is the first member; {@code povertyExitYear} only for a 脱贫户. */
record DemoHousehold(String householdNo, String villageCode, String groupName, String gridName,
                     HouseholdType type, Integer povertyExitYear, String address, String phone, boolean relocated, String relocationSite,
                     List<DemoMember> members, List<IncomeStatement> incomes) {

    DemoMember head() {
        return members.get(0);
    }

    /** Amounts in fen (1/100 yuan) so that sums are exact. */
    record IncomeStatement(String periodStart, String periodEnd, long wage, long business, long property,
                           long transfer, long productionExpense, long compliantSelfPaid) {

        long netIncome() {
            return wage + business + property + transfer - productionExpense;
        }
    }
}
