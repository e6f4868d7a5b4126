package org.shouwang.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.shouwang.registry.Health;
import org.shouwang.registry.HouseholdType;

/**
 * Generates the households of the county one after another from one random stream, so that the same seed always
 * yields the same sequence. Only the ID-number counters (a few hundred kilobytes) are kept between households.
 * About 25% are 脱贫户; about 6% receive 低保 (all members); lone elderly people who cannot work may be 特困;
 * about 5% (mostly 脱贫户) were relocated (易地扶贫搬迁) to a 安置区 in their township. Every 脱贫户 has a 脱贫年份
 * between 2014 and 2020, most in 2016–2019 (the peak years of the national count) and some in 2020, the last year.
 */
final class HouseholdFactory {

    /** Ages are whole years on this date (just after the income year); birth dates follow from it. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);
    static final int INCOME_YEAR = 2025;
    private static final String[] SITES = {"幸福家园", "安居苑", "新村佳苑", "和谐小区"};
    /** Percent of 脱贫户 lifted out of poverty in 2014, 2015 ... 2020. */
    private static final int[] EXIT_YEAR_PERCENT = {7, 10, 18, 20, 20, 17, 8};
    private static final int FIRST_EXIT_YEAR = 2014;

    private final SplittableRandom random;
    /**
     * A stream of its own for 脱贫年份, so adding the field left every other generated value (and the figures the tests
     * and benchmarks rely on) exactly as before.
     */
    private final SplittableRandom exitYears;
    private final FamilyComposer composer;
    private final MemberProfiler profiler;
    private final IncomeModel incomes;

    HouseholdFactory(long seed) {
        this.random = new SplittableRandom(seed);
        this.exitYears = new SplittableRandom(seed ^ 0x5EED_2020_0000L);
        IdNumbers idNumbers = new IdNumbers(CountyLayout.COUNTY_PREFIX);
        this.composer = new FamilyComposer(random, idNumbers, REFERENCE_DATE);
        this.profiler = new MemberProfiler(random);
        this.incomes = new IncomeModel(random);
    }

    /** The household with 0-based {@code serial} in {@code village}; call in order of villages and serials. */
    DemoHousehold next(CountyLayout.Village village, int serial) {
        String householdNo = village.code() + String.format("%04d", serial + 1);
        boolean poverty = random.nextInt(100) < 25;
        List<DemoMember> members = composer.compose();
        String ethnicity = random.nextInt(1000) < 15 ? "回族" : "汉族";
        for (DemoMember member : members) {
            member.ethnicity = ethnicity;
            profiler.profile(member, poverty);
        }
        DemoMember head = members.get(0);
        String phone = ChineseNames.mobile(random);
        if (head.phone == null || random.nextInt(100) < 80) {
            head.phone = phone;
        }
        assistance(members, poverty);
        boolean relocated = random.nextInt(1000) < (poverty ? 150 : 15);
        String site = null;
        if (relocated) {
            site = "安徽省示范市守望县" + village.townshipName() + SITES[random.nextInt(SITES.length)] + "安置区"
                    + (1 + random.nextInt(12)) + "栋" + (1 + random.nextInt(6)) + "0" + (1 + random.nextInt(4)) + "室";
            members.forEach(m -> m.relocated = true);
        }
        String group = village.groupOf(serial);
        String address = "安徽省示范市守望县" + village.townshipName() + village.name() + group
                + (serial + 1) + "号";
        List<DemoHousehold.IncomeStatement> statements = new ArrayList<>(2);
        if (random.nextInt(100) < 4) {
            statements.add(incomes.statement(members, poverty, INCOME_YEAR - 1, 94));
        }
        statements.add(incomes.statement(members, poverty, INCOME_YEAR, 100));
        return new DemoHousehold(householdNo, village.code(), group, village.gridOf(serial).name(),
                poverty ? HouseholdType.POVERTY_ALLEVIATED : HouseholdType.ORDINARY, poverty ? exitYear() : null, address, phone, relocated, site,
                List.copyOf(members), List.copyOf(statements));
    }

    private int exitYear() {
        int draw = exitYears.nextInt(100);
        int year = FIRST_EXIT_YEAR;
        for (int i = 0; draw >= EXIT_YEAR_PERCENT[i]; i++) {
            draw -= EXIT_YEAR_PERCENT[i];
            year++;
        }
        return year;
    }

    /** 低保 for whole households, more likely when poor, ill or without labour; 特困 for lone elderly. */
    private void assistance(List<DemoMember> members, boolean poverty) {
        boolean noLabour = members.stream().noneMatch(DemoMember::canWork);
        boolean severe = members.stream().anyMatch(m -> m.health.contains(Health.SERIOUS)
                || (m.disabilityGrade != null && m.disabilityGrade <= 2));
        if (members.size() == 1 && noLabour && members.get(0).age >= 60 && random.nextInt(100) < 15) {
            members.get(0).tekun = true;
            return;
        }
        int permille = (poverty ? 100 : 20) + (severe ? 120 : 0) + (noLabour ? 70 : 0);
        if (random.nextInt(1000) < permille) {
            members.forEach(m -> m.dibao = true);
        }
    }
}
