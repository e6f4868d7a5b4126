package org.shouwang.screening.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds {@link HouseholdData} for rule tests: an insured, healthy, ordinary household unless told otherwise. */
final class TestHousehold {

    private String type = "ORDINARY";
    private Integer exitYear;
    private final List<HouseholdData.MemberData> members = new ArrayList<>();
    private final List<HouseholdData.IncomeData> incomes = new ArrayList<>();
    private final List<HouseholdData.FactData> facts = new ArrayList<>();
    private final List<String> channels = new ArrayList<>();
    private final LocalDate on;

    TestHousehold(LocalDate on) {
        this.on = on;
    }

    TestHousehold type(String code, Integer exitYear) {
        this.type = code;
        this.exitYear = exitYear;
        return this;
    }

    /** An adult of ordinary labour, aged {@code age} on the evaluation date. */
    TestHousehold adult(int age) {
        return member(age, "ORDINARY", "HEALTHY", null, null, null, "RESIDENT", false);
    }

    TestHousehold child(int age, String schoolStage) {
        return member(age, "NONE", "HEALTHY", null, null, schoolStage, "RESIDENT", false);
    }

    TestHousehold member(int age, String labour, String health, String disabilityCategory, Integer grade,
            String schoolStage, String insurance, boolean tekun) {
        members.add(new HouseholdData.MemberData(on.minusYears(age).minusDays(1), "MALE",
                members.isEmpty() ? "HEAD" : "SON", labour, health, disabilityCategory, grade, schoolStage, null,
                insurance, false, tekun));
        return this;
    }

    TestHousehold income(String from, String to, double wage, double business, double selfPaid, int persons) {
        incomes.add(new HouseholdData.IncomeData(LocalDate.parse(from), LocalDate.parse(to), bd(wage), bd(business),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, bd(selfPaid), persons));
        return this;
    }

    TestHousehold fact(String department, String kind, String date, Double amount, Map<String, Object> fields) {
        facts.add(new HouseholdData.FactData(facts.size() + 1, department, kind, date == null ? null : LocalDate.parse(date),
                amount == null ? null : bd(amount), fields, "feed-row:1:" + (facts.size() + 2), "测试 · 第" + (facts.size() + 2) + "行"));
        return this;
    }

    TestHousehold channel(String label) {
        channels.add(label);
        return this;
    }

    HouseholdData build() {
        return new HouseholdData(1, "T-1", "340604001001", type, exitYear, "NOT_MONITORED", null, false, members,
                incomes, facts, channels);
    }

    private static BigDecimal bd(double v) {
        return BigDecimal.valueOf(v);
    }
}
