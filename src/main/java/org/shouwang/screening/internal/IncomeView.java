package org.shouwang.screening.internal;

import java.math.BigDecimal;
import org.shouwang.policy.ProfileParameters;

/**
 * The "Income" of docs/rules.md: one income statement with 家庭纯收入 counted the profile's way, or an absent one
 * (present false, amounts 0) when the household has no statement for the period.
 */
final class IncomeView extends LazyView<IncomeView.Field> {

    /** The field names rules use (HouseholdViewSchema.INCOME). */
    enum Field {
        periodStart, periodEnd, wage, business, property, transfer, gross, productionExpense, selfPaid, net, perCapita,
        memberCount, present
    }

    private static final Fields<Field> FIELDS = new Fields<>(Field.class);

    private final HouseholdData.IncomeData i;
    private final ProfileParameters.IncomeItems items;

    /** @param i the statement, or null for an absent one */
    IncomeView(HouseholdData.IncomeData i, ProfileParameters.IncomeItems items) {
        super(FIELDS);
        this.i = i;
        this.items = items;
    }

    @Override
    protected Object compute(Field field) {
        if (i == null) {
            return switch (field) {
                case periodStart, periodEnd -> "";
                case memberCount -> 0L;
                case present -> false;
                default -> 0.0;
            };
        }
        return switch (field) {
            case periodStart -> i.periodStart().toString();
            case periodEnd -> i.periodEnd().toString();
            case wage -> d(i.wage());
            case business -> d(i.business());
            case property -> d(i.property());
            case transfer -> d(i.transfer());
            case gross -> d(i.wage()) + d(i.business()) + d(i.property()) + d(i.transfer());
            case productionExpense -> d(i.productionExpense());
            case selfPaid -> d(i.selfPaid());
            case net -> round(net());
            case perCapita -> i.memberCountUsed() > 0 ? round(net() / i.memberCountUsed()) : 0.0;
            case memberCount -> (long) i.memberCountUsed();
            case present -> true;
        };
    }

    /** DOMAIN.md 2.3: 家庭纯收入 = 四项收入 − 生产经营性支出; which items count is the profile's (open point U). */
    private double net() {
        return (on(0) ? d(i.wage()) : 0) + (on(1) ? d(i.business()) : 0) + (on(2) ? d(i.property()) : 0)
                + (on(3) ? d(i.transfer()) : 0) - (on(4) ? d(i.productionExpense()) : 0) - (on(5) ? d(i.selfPaid()) : 0);
    }

    /** Index: 0 wage, 1 business, 2 property, 3 transfer (default counted), 4 production expense (default subtracted), 5 self-paid (default not). */
    private boolean on(int index) {
        return counts(items, index);
    }

    /** Whether the profile counts (or, for 4 and 5, subtracts) an item; see {@link #on}. SqlView asks the same. */
    static boolean counts(ProfileParameters.IncomeItems items, int index) {
        Boolean value = items == null ? null : switch (index) {
            case 0 -> items.wage();
            case 1 -> items.business();
            case 2 -> items.property();
            case 3 -> items.transfer();
            case 4 -> items.subtractProductionExpense();
            default -> items.subtractSelfPaid();
        };
        return value == null ? index != 5 : value;
    }

    private static double d(BigDecimal b) {
        return b == null ? 0.0 : b.doubleValue();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
