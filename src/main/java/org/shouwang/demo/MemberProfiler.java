package org.shouwang.demo;

import java.util.SplittableRandom;
import org.shouwang.registry.DisabilityCategory;
import org.shouwang.registry.Education;
import org.shouwang.registry.Health;
import org.shouwang.registry.LabourCapacity;
import org.shouwang.registry.MedicalInsurance;
import org.shouwang.registry.PensionInsurance;
import org.shouwang.registry.SchoolStage;

/**
 * Fills a member's schooling, health, labour, work and insurance with plausible rural distributions:
 * exactly one of 文化程度 and 在校生状况; about 10% of the over-50s chronically ill, 2% seriously ill, 5% disabled;
 * 无劳动力 below 16, for students and from about 70; 务工 for about a third of the working-age; 城乡居民 medical
 * insurance for almost everyone, 城镇职工 for some long-term workers outside the province.
 */
final class MemberProfiler {

    static final String IN_COUNTY = "县内";
    static final String IN_PROVINCE = "省内县外";
    private static final String[] OUT_OF_PROVINCE = {"江苏省苏州市", "江苏省南京市", "江苏省无锡市", "浙江省杭州市",
        "浙江省宁波市", "浙江省温州市", "上海市", "上海市", "广东省深圳市", "广东省东莞市", "广东省广州市", "北京市",
        "福建省厦门市", "天津市"};
    /** Disability categories 1-7 in percent. */
    private static final int[] DISABILITY_PERCENT = {13, 15, 3, 45, 8, 8, 8};
    private static final int[] GRADE_PERCENT = {12, 25, 33, 30};

    private final SplittableRandom random;

    MemberProfiler(SplittableRandom random) {
        this.random = random;
    }

    /** {@code frail} raises illness and disability rates (脱贫户 are poorer on average). */
    void profile(DemoMember m, boolean frail) {
        school(m);
        health(m, frail);
        labour(m);
        work(m);
        insurance(m);
        if (m.age >= 16 && m.age <= 72 && percent(45)) {
            m.phone = ChineseNames.mobile(random);
        }
    }

    private void school(DemoMember m) {
        int age = m.age;
        if (age <= 2) {
            m.schoolStage = SchoolStage.PRESCHOOL_CHILD;
        } else if (age <= 5) {
            m.schoolStage = percent(88) ? SchoolStage.PRESCHOOL : SchoolStage.PRESCHOOL_CHILD;
        } else if (age <= 11) {
            m.schoolStage = SchoolStage.PRIMARY;
        } else if (age <= 14) {
            m.schoolStage = SchoolStage.JUNIOR;
        } else if (age <= 17) {
            int pick = random.nextInt(100);
            if (pick < 60) {
                m.schoolStage = SchoolStage.SENIOR_HIGH;
            } else if (pick < 90) {
                m.schoolStage = SchoolStage.VOCATIONAL;
            } else {
                m.education = Education.JUNIOR;
            }
        } else if (age <= 21 && percent(42)) {
            int pick = random.nextInt(100);
            m.schoolStage = pick < 45 ? SchoolStage.UNDERGRADUATE
                    : pick < 85 ? SchoolStage.HIGHER_VOCATIONAL : SchoolStage.TECHNICIAN;
        } else if (age <= 24 && percent(age == 22 ? 6 : 3)) {
            m.schoolStage = age == 22 ? SchoolStage.UNDERGRADUATE : SchoolStage.POSTGRADUATE;
        } else {
            Education education = education(m.birthDate.getYear());
            // nobody finishes 大专 before 20 or 本科 before 22
            if (education.compareTo(Education.COLLEGE) >= 0 && age < 20) {
                education = Education.SENIOR;
            } else if (education == Education.BACHELOR_PLUS && age < 22) {
                education = Education.COLLEGE;
            }
            m.education = education;
        }
    }

    /** 文化程度 of someone out of school, by birth cohort. */
    private Education education(int birthYear) {
        int[] percent;
        if (birthYear < 1955) {
            percent = new int[] {40, 45, 13, 2, 0, 0};
        } else if (birthYear < 1970) {
            percent = new int[] {15, 40, 35, 9, 1, 0};
        } else if (birthYear < 1985) {
            percent = new int[] {3, 22, 55, 15, 4, 1};
        } else if (birthYear < 2000) {
            percent = new int[] {0, 6, 46, 28, 13, 7};
        } else {
            percent = new int[] {0, 2, 30, 36, 20, 12};
        }
        return Education.values()[pick(percent)];
    }

    private void health(DemoMember m, boolean frail) {
        int scale = frail ? 15 : 10; // tenths
        int chronic = m.age > 70 ? 150 : m.age > 50 ? 90 : m.age > 30 ? 30 : 5;
        int serious = m.age > 50 ? 30 : m.age > 18 ? 15 : 8;
        int disabled = m.age > 60 ? 80 : m.age > 18 ? 45 : 20;
        if (permille(chronic * scale / 10)) {
            m.health.add(Health.CHRONIC);
        }
        if (permille(serious * scale / 10)) {
            m.health.add(Health.SERIOUS);
        }
        if (permille(disabled * scale / 10)) {
            m.health.add(Health.DISABLED);
            m.disabilityCategory = DisabilityCategory.values()[pick(DISABILITY_PERCENT)];
            m.disabilityGrade = pick(GRADE_PERCENT) + 1;
        }
        if (m.health.isEmpty()) {
            m.health.add(Health.HEALTHY);
        }
    }

    private void labour(DemoMember m) {
        if (m.age < 16 || m.schoolStage != null || m.age >= 75 || (m.age >= 70 && percent(80))) {
            m.labour = LabourCapacity.NONE;
            return;
        }
        if (m.age >= 60) {
            int pick = random.nextInt(100);
            m.labour = pick < 40 ? LabourCapacity.ORDINARY : pick < 95 ? LabourCapacity.WEAK : LabourCapacity.NONE;
        } else {
            m.labour = percent(m.education != null && m.education.ordinal() >= Education.SENIOR.ordinal() ? 40 : 20)
                    ? LabourCapacity.SKILLED : LabourCapacity.ORDINARY;
        }
        LabourCapacity limited = m.age >= 60 ? LabourCapacity.NONE : LabourCapacity.LOST;
        if (m.health.contains(Health.DISABLED)) {
            int grade = m.disabilityGrade;
            if (grade <= 2) {
                m.labour = limited;
            } else if (grade == 3 ? percent(70) : percent(40)) {
                m.labour = LabourCapacity.WEAK;
            }
        }
        if (m.health.contains(Health.SERIOUS)) {
            m.labour = percent(60) ? limited : LabourCapacity.WEAK;
        } else if (m.health.contains(Health.CHRONIC) && m.canWork() && percent(50)) {
            m.labour = LabourCapacity.WEAK;
        }
    }

    private void work(DemoMember m) {
        int chance = switch (m.labour) {
            case SKILLED -> m.age <= 60 ? 48 : 8;
            case ORDINARY -> m.age <= 55 ? 38 : m.age <= 64 ? 15 : 0;
            case WEAK -> m.age <= 64 ? 8 : 0;
            default -> 0;
        };
        if (!percent(chance)) {
            return;
        }
        int place = random.nextInt(100);
        if (place < 30) {
            m.workPlace = IN_COUNTY;
            m.workMonths = 3 + random.nextInt(10);
        } else if (place < 55) {
            m.workPlace = IN_PROVINCE;
            m.workMonths = 5 + random.nextInt(8);
        } else {
            m.workPlace = OUT_OF_PROVINCE[random.nextInt(OUT_OF_PROVINCE.length)];
            m.workMonths = percent(80) ? 8 + random.nextInt(5) : 3 + random.nextInt(5);
        }
    }

    private void insurance(DemoMember m) {
        boolean outOfProvince = m.migrant() && !IN_COUNTY.equals(m.workPlace) && !IN_PROVINCE.equals(m.workPlace);
        if (permille(5)) {
            m.medical = MedicalInsurance.NONE;
        } else if (outOfProvince && m.workMonths >= 10 && percent(35)) {
            m.medical = MedicalInsurance.EMPLOYEE;
        } else {
            m.medical = MedicalInsurance.RESIDENT;
        }
        if (m.age < 16 || m.schoolStage != null) {
            m.pension = null;
        } else if (m.medical == MedicalInsurance.EMPLOYEE) {
            m.pension = PensionInsurance.EMPLOYEE;
        } else if (m.age >= 60) {
            m.pension = percent(97) ? PensionInsurance.RESIDENT : PensionInsurance.NONE;
        } else {
            m.pension = percent(m.age < 26 ? 60 : 87) ? PensionInsurance.RESIDENT : PensionInsurance.NONE;
        }
    }

    private int pick(int[] percent) {
        int total = 0;
        for (int p : percent) {
            total += p;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < percent.length; i++) {
            pick -= percent[i];
            if (pick < 0) {
                return i;
            }
        }
        return percent.length - 1;
    }

    private boolean percent(int p) {
        return random.nextInt(100) < p;
    }

    private boolean permille(int p) {
        return random.nextInt(1000) < p;
    }
}
