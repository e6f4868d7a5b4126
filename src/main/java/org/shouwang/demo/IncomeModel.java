package org.shouwang.demo;

import java.util.List;
import java.util.SplittableRandom;
import org.shouwang.registry.Health;
import org.shouwang.registry.LabourCapacity;
import org.shouwang.registry.PensionInsurance;
import org.shouwang.registry.SchoolStage;

/**
 * Derives a household's yearly 收支 from its members: wages from 务工 months × a monthly wage by place, odd jobs
 * near home and 公益岗; farming and small-business income with their production expense; land rent and dividends;
 * pensions, 低保/特困 money, disability allowances and support from children living elsewhere (赡养费); medical
 * self-payment for the ill. Amounts are in fen.
 *
 * <p>Calibration: a household is <em>vulnerable</em> with a probability that grows with 低保/特困, serious illness,
 * severe disability and lack of labour; its income stays as derived, which often puts it near or below the
 * monitoring line. Any other household whose derived per-capita net income falls short of a floor drawn from
 * {@value #FLOOR_MIN}..{@value #FLOOR_MAX} 元 is topped up with 零工 wages (if someone can work at home) or
 * 赡养费. The result (any seed, any size): about 7% of households below 9,085 元 (7,900 × 1.15), about 4.5% below
 * 6,715 元 (7,900 × 0.85), median per-capita net income about 16,000 元.
 */
final class IncomeModel {

    static final int FLOOR_MIN = 9_400;
    static final int FLOOR_MAX = 18_000;

    private final SplittableRandom random;

    IncomeModel(SplittableRandom random) {
        this.random = random;
    }

    /** The statement for one year; {@code scalePercent} shrinks or grows it (e.g. 94 for the year before). */
    DemoHousehold.IncomeStatement statement(List<DemoMember> members, boolean povertyAlleviated, int year,
                                            int scalePercent) {
        long wage = 0;
        long farming = 0;
        long transfer = 0;
        long selfPaid = 0;
        boolean farms = percent(85);
        boolean vulnerable = vulnerable(members, povertyAlleviated);
        boolean worksAtHome = false;
        for (DemoMember m : members) {
            if (m.migrant()) {
                // vulnerable households' work is unstable: only about 40% of the months are paid
                wage += (long) m.workMonths * monthlyWage(m) * (vulnerable ? 40 : 100) / 100;
            } else if (m.canWork()) {
                boolean weak = m.labour == LabourCapacity.WEAK;
                worksAtHome |= !weak && m.age < 65;
                if (farms) {
                    farming += weak ? yuan(2_000, 6_000) : yuan(5_000, 14_000);
                }
                if (!weak && m.age < 65 && percent(vulnerable ? 5 : 55)) {
                    wage += yuan(6_000, 22_000); // 零工 near home
                } else if (povertyAlleviated && m.age >= 40 && percent(35)) {
                    wage += 12 * yuan(500, 800); // 公益性岗位
                }
            }
            transfer += transfers(m, vulnerable);
            if (m.health.contains(Health.SERIOUS)) {
                selfPaid += yuan(5_000, 40_000);
            }
            if (m.health.contains(Health.CHRONIC)) {
                selfPaid += yuan(300, 3_000);
            }
            if (povertyAlleviated && isVocationalStudent(m)) {
                transfer += 300_000; // 雨露计划 3,000 元
            }
        }
        long business = farming;
        long expense = farming * (30 + random.nextInt(21)) / 100;
        if (percent(members.size() > 1 ? 9 : 2)) {
            long shop = yuan(15_000, 60_000);
            business += shop;
            expense += shop * (45 + random.nextInt(21)) / 100;
        }
        if (farms) {
            transfer += yuan(200, 800); // 耕地地力保护补贴
        }
        long property = farms ? (percent(40) ? yuan(100, 800) : 0) : yuan(800, 3_000); // 土地流转
        if (povertyAlleviated && percent(70)) {
            property += yuan(300, 800); // 光伏/产业分红
        }
        if (percent(30)) {
            property += random.nextInt(30_000); // 利息 in fen
        }
        if (selfPaid == 0 && percent(40)) {
            selfPaid = yuan(0, 800);
        }
        if (!vulnerable) {
            long floor = (long) members.size() * yuan(FLOOR_MIN, FLOOR_MAX);
            long shortfall = floor - (wage + business + property + transfer - expense);
            if (shortfall > 0 && worksAtHome) {
                wage += shortfall;
            } else if (shortfall > 0) {
                transfer += shortfall; // 赡养费 from children living elsewhere
            }
        }
        return new DemoHousehold.IncomeStatement(year + "-01-01", year + "-12-31",
                wage * scalePercent / 100, business * scalePercent / 100, property * scalePercent / 100,
                transfer * scalePercent / 100, expense * scalePercent / 100, selfPaid);
    }

    private boolean vulnerable(List<DemoMember> members, boolean povertyAlleviated) {
        DemoMember head = members.get(0);
        int permille = povertyAlleviated ? 110 : 50;
        if (head.tekun || head.dibao) {
            permille += 400;
        }
        boolean anyCanWork = false;
        for (DemoMember m : members) {
            anyCanWork |= m.canWork();
            if (m.health.contains(Health.SERIOUS) || (m.disabilityGrade != null && m.disabilityGrade <= 2)) {
                permille += 100;
            }
        }
        if (!anyCanWork) {
            permille += 100;
        }
        return random.nextInt(1000) < permille;
    }

    private long monthlyWage(DemoMember m) {
        long wage;
        if (MemberProfiler.IN_COUNTY.equals(m.workPlace)) {
            wage = yuan(2_500, 4_200);
        } else if (MemberProfiler.IN_PROVINCE.equals(m.workPlace)) {
            wage = yuan(3_300, 5_500);
        } else {
            wage = yuan(4_000, 6_500);
        }
        if (m.labour == LabourCapacity.SKILLED) {
            wage = wage * 120 / 100;
        } else if (m.labour == LabourCapacity.WEAK) {
            wage = wage * 70 / 100;
        }
        return wage;
    }

    private long transfers(DemoMember m, boolean vulnerable) {
        long transfer = 0;
        if (m.age >= 60 && m.pension == PensionInsurance.RESIDENT) {
            transfer += 12 * yuan(165, 240);
        } else if (m.age >= 60 && m.pension == PensionInsurance.EMPLOYEE) {
            transfer += 12 * yuan(2_000, 3_500);
        }
        if (m.tekun) {
            transfer += 12 * yuan(850, 1_100);
        } else if (m.dibao) {
            transfer += 12 * yuan(260, 400);
        }
        if (m.health.contains(Health.DISABLED)) {
            transfer += 12 * yuan(90, 180);
        }
        if (m.age >= 80) {
            transfer += 12 * 5_000; // 高龄津贴 50 元 a month
        }
        if (m.age >= 62 && !m.migrant() && percent(vulnerable ? 15 : 60)) {
            transfer += yuan(2_000, 9_000); // 赡养费 from children elsewhere
        }
        return transfer;
    }

    private static boolean isVocationalStudent(DemoMember m) {
        return m.schoolStage == SchoolStage.VOCATIONAL || m.schoolStage == SchoolStage.HIGHER_VOCATIONAL
                || m.schoolStage == SchoolStage.TECHNICIAN;
    }

    /** A whole-yuan amount between {@code min} and {@code max} yuan, in fen. */
    private long yuan(int min, int max) {
        return 100L * (min + random.nextInt(max - min + 1));
    }

    private boolean percent(int p) {
        return random.nextInt(100) < p;
    }
}
