package org.shouwang.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.shouwang.policy.PolicyProfile;
import org.shouwang.screening.Finding;

/**
 * The household view is built lazily (fields computed when a rule reads them); it must hold exactly the values the
 * eagerly built view held, for every kind of member, statement and fact, and the rules must find the same.
 */
class LazyViewTest {

    private static final LocalDate DAY = LocalDate.of(2022, 9, 1);
    private static final String[] LABOUR = {"SKILLED", "ORDINARY", "WEAK", "LOST", "NONE", null, "UNKNOWN_CODE"};
    private static final String[] HEALTH = {"HEALTHY", "CHRONIC", "SERIOUS", "DISABLED", "CHRONIC,DISABLED", null};
    private static final String[] STAGE = {null, "PRESCHOOL_CHILD", "PRESCHOOL", "PRIMARY", "JUNIOR", "SENIOR_HIGH", "UNDERGRADUATE"};
    private static final String[] INSURANCE = {"RESIDENT", "EMPLOYEE", "NONE", null};
    private static final String[] STATUS = {"NOT_MONITORED", "IDENTIFYING", "RISK_ACTIVE", "RISK_ELIMINATED"};

    @Test
    void lazyViewHoldsTheSameValuesAsTheEagerOne() {
        Screener screener = ShippedProfile.screener("10-huaibei-lieshan-2022.json", DAY);
        PolicyProfile profile = screener.profile();
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 2_000; n++) {
            HouseholdData h = household(random, n);
            Map<String, Object> lazy = ViewBuilder.household(h, profile);
            assertThat(plain(lazy)).as("household %d", n).isEqualTo(plain(EagerViewBuilder.household(h, profile)));
        }
    }

    @Test
    void rulesFindTheSameOnTheLazyAndTheEagerView() {
        Screener screener = ShippedProfile.screener("10-huaibei-lieshan-2022.json", DAY);
        SplittableRandom random = new SplittableRandom(11);
        int fired = 0;
        for (int n = 0; n < 2_000; n++) {
            HouseholdData h = household(random, n);
            List<Finding> lazy = screener.evaluate(h);
            assertThat(lazy).as("household %d", n)
                    .isEqualTo(screener.evaluate(h, EagerViewBuilder.household(h, screener.profile())));
            fired += lazy.isEmpty() ? 0 : 1;
        }
        assertThat(fired).as("the sample must flag some and not others").isBetween(200, 1_800);
    }

    @Test
    void behavesAsAReadOnlyMapOfItsDeclaredFields() {
        HouseholdData h = household(new SplittableRandom(3), 1);
        Map<String, Object> view = ViewBuilder.household(h, ShippedProfile.screener("10-huaibei-lieshan-2022.json", DAY).profile());
        assertThat(view).containsKey("members").doesNotContainKey("nonsense").hasSize(23);
        assertThat(view.get("nonsense")).isNull();
        assertThat(view.keySet()).startsWith("householdNo", "regionCode", "type");
        assertThat(view).isEqualTo(new java.util.HashMap<>(view));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> view.put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static HouseholdData household(SplittableRandom r, int n) {
        List<HouseholdData.MemberData> members = new ArrayList<>();
        for (int i = r.nextInt(0, 7); i > 0; i--) {
            LocalDate birth = r.nextInt(20) == 0 ? null : DAY.minusDays(r.nextInt(-30, 95 * 366));
            members.add(new HouseholdData.MemberData(birth, r.nextBoolean() ? "MALE" : "FEMALE", i == 1 ? "HEAD" : "SON",
                    pick(r, LABOUR), pick(r, HEALTH), r.nextInt(5) == 0 ? (r.nextBoolean() ? "VISUAL" : "OTHER_CODE") : null,
                    r.nextInt(4) == 0 ? r.nextInt(1, 5) : null, pick(r, STAGE), r.nextBoolean() ? r.nextInt(13) : null,
                    pick(r, INSURANCE), r.nextInt(10) == 0, r.nextInt(20) == 0));
        }
        List<HouseholdData.IncomeData> incomes = new ArrayList<>();
        for (int i = r.nextInt(0, 4); i > 0; i--) {
            LocalDate start = LocalDate.of(2019 + r.nextInt(4), 1 + r.nextInt(12), 1);
            incomes.add(new HouseholdData.IncomeData(start, start.plusYears(1).minusDays(1), money(r), money(r), money(r),
                    money(r), money(r), r.nextBoolean() ? null : money(r), r.nextInt(0, 6)));
        }
        List<HouseholdData.FactData> facts = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            facts.add(new HouseholdData.FactData(n, "MEDICAL_INSURANCE", "SELF_PAID_MEDICAL", DAY.minusDays(30),
                    BigDecimal.valueOf(r.nextInt(15_000, 30_000)), Map.of("visitType", "住院"), "ref:" + n, "测试 · 第" + n + "行"));
        }
        if (r.nextInt(4) == 0) {
            facts.add(new HouseholdData.FactData(n + 100_000, "DISABLED_FEDERATION", "DISABILITY", null, null,
                    Map.of("grade", r.nextBoolean() ? "三级" : "四级", "category", "精神"), "ref:d" + n, "残联 · 第" + n + "行"));
        }
        return new HouseholdData(n, "H-" + n, "340604001001", r.nextBoolean() ? "POVERTY_ALLEVIATED" : "ORDINARY",
                r.nextBoolean() ? 2019 : null, pick(r, STATUS), r.nextInt(3) == 0 ? "MARGINAL" : null,
                r.nextInt(8) == 0, members, incomes, facts, r.nextBoolean() ? List.of() : List.of("农户自主申报"));
    }

    private static BigDecimal money(SplittableRandom r) {
        return r.nextInt(8) == 0 ? null : BigDecimal.valueOf(r.nextInt(0, 4_000_000), 2);
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    /** Nested maps as sorted maps, so views compare by content whatever their map type. */
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, v) -> out.put((String) k, plain(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(LazyViewTest::plain).toList();
        }
        return value;
    }
}
