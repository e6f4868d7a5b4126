package org.shouwang.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.shouwang.policy.rules.RuleScope;
import org.shouwang.policy.rules.RuleSource;
import org.shouwang.screening.Finding;
import tools.jackson.databind.JsonNode;

/**
 * Every rule shipped with the five plans, tried on households just on each side of its boundary (issue 3, point 3).
 */
class ShippedRulesTest {

    private static final LocalDate LIESHAN_DAY = LocalDate.of(2022, 9, 1);
    private static final LocalDate JINZHAI_DAY = LocalDate.of(2023, 5, 15);
    private static final LocalDate QIANSHAN_DAY = LocalDate.of(2024, 9, 1);
    private static final LocalDate HAINAN_DAY = LocalDate.of(2022, 5, 1);

    private static final String LIESHAN = "10-huaibei-lieshan-2022.json";
    private static final String JINZHAI = "11-jinzhai-2023.json";
    private static final String QIANSHAN = "14-qianshan-2024.json";
    private static final String HAINAN = "15-haikou-yanfeng-2022.json";

    @Test
    void everyShippedRuleTypeChecks() {
        for (JsonNode r : ShippedProfile.allRules()) {
            Map<String, String> evidence = new java.util.LinkedHashMap<>();
            r.get("evidence").properties().forEach(e -> evidence.put(e.getKey(), e.getValue().asString()));
            var source = new RuleSource(r.get("code").asString(), r.get("name").asString(),
                    RuleScope.valueOf(r.get("scope").asString()), null, r.get("expression").asString(), evidence);
            assertThat(ShippedProfile.ENGINE.check(source)).as(source.code()).isEmpty();
        }
    }

    // --- national rules, under the 烈山 threshold of 7,000 元 ---

    @Test
    void incomeBelowThresholdFiresOneCentUnderTheThreshold() {
        boundary(LIESHAN, LIESHAN_DAY, "INCOME_BELOW_THRESHOLD",
                h -> h.adult(40).income("2021-09-01", "2022-08-31", 6999.99, 0, 0, 1),
                h -> h.adult(40).income("2021-09-01", "2022-08-31", 7000.00, 0, 0, 1));
    }

    @Test
    void selfPaidRuleFiresWhenSpendingPushesPerCapitaUnderTheThreshold() {
        boundary(LIESHAN, LIESHAN_DAY, "SELF_PAID_BELOW_THRESHOLD",
                h -> h.adult(40).adult(38).income("2021-09-01", "2022-08-31", 16000, 0, 2000.02, 2),
                h -> h.adult(40).adult(38).income("2021-09-01", "2022-08-31", 16000, 0, 2000.00, 2));
    }

    @Test
    void uninsuredMemberIsFlagged() {
        boundary(LIESHAN, LIESHAN_DAY, "UNINSURED_MEMBER",
                h -> h.adult(40).member(30, "ORDINARY", "HEALTHY", null, null, null, "NONE", false),
                h -> h.adult(40).adult(30));
    }

    @Test
    void schoolAgeChildWithoutSchoolStageIsFlaggedUpToFifteen() {
        boundary(LIESHAN, LIESHAN_DAY, "SCHOOL_AGE_NOT_IN_SCHOOL",
                h -> h.adult(40).child(15, null),
                h -> h.adult(40).child(16, null));
    }

    // --- 淮北烈山 2022: department push rules ---

    @Test
    void medicalSelfPaidOverTwentyThousandFires() {
        boundary(LIESHAN, LIESHAN_DAY, "LS_MEDICAL_SELF_PAID",
                h -> h.adult(50).fact("MEDICAL_INSURANCE", "SELF_PAID_MEDICAL", "2022-08-01", 20000.01, Map.of("visitType", "住院")),
                h -> h.adult(50).fact("MEDICAL_INSURANCE", "SELF_PAID_MEDICAL", "2022-08-01", 20000.00, Map.of("visitType", "住院")));
        boundary(LIESHAN, LIESHAN_DAY, "LS_MEDICAL_SELF_PAID",
                h -> h.adult(50).fact("MEDICAL_INSURANCE", "SELF_PAID_MEDICAL", "2022-08-01", 30000.0, Map.of("visitType", "门诊慢特病")),
                h -> h.adult(50).fact("MEDICAL_INSURANCE", "SELF_PAID_MEDICAL", "2022-08-01", 30000.0, Map.of("visitType", "门诊统筹")));
    }

    @Test
    void dropOutWarningFiresButHighCostAloneDoesNot() {
        boundary(LIESHAN, LIESHAN_DAY, "LS_EDUCATION_DROPOUT",
                h -> h.adult(40).child(13, "JUNIOR").fact("EDUCATION", "EDUCATION_WARNING", "2022-03-01", null, Map.of("warning", "辍学风险", "stage", "初中")),
                h -> h.adult(40).child(17, "SENIOR_HIGH").fact("EDUCATION", "EDUCATION_WARNING", "2022-03-01", 12000.0, Map.of("warning", "非义务教育高额支出", "stage", "高中")));
    }

    @Test
    void housingGradeCIsUnsafeGradeBIsNot() {
        boundary(LIESHAN, LIESHAN_DAY, "LS_HOUSING_UNSAFE",
                h -> h.adult(60).fact("HOUSING", "HOUSING_APPRAISAL", "2022-04-01", null, Map.of("grade", "C")),
                h -> h.adult(60).fact("HOUSING", "HOUSING_APPRAISAL", "2022-04-01", null, Map.of("grade", "B")));
    }

    @Test
    void unsafeWaterFiresOnlyForWaterRows() {
        boundary(LIESHAN, LIESHAN_DAY, "LS_WATER_UNSAFE",
                h -> h.adult(60).fact("WATER", "UNSAFE_WATER", "2022-04-01", null, Map.of("problem", "水质不达标")),
                h -> h.adult(60).fact("HOUSING", "HOUSING_APPRAISAL", "2022-04-01", null, Map.of("grade", "A")));
    }

    @Test
    void farmLossOfTenThousandFires() {
        boundary(LIESHAN, LIESHAN_DAY, "LS_FARM_LOSS",
                h -> h.adult(45).fact("AGRICULTURE", "FARM_LOSS", "2022-07-01", 10000.00, Map.of("cause", "自然灾害")),
                h -> h.adult(45).fact("AGRICULTURE", "FARM_LOSS", "2022-07-01", 9999.99, Map.of("cause", "自然灾害")));
    }

    @Test
    void lowIncomePopulationFromCivilAffairs() {
        boundary(LIESHAN, LIESHAN_DAY, "LS_LOW_INCOME_POPULATION",
                h -> h.adult(45).fact("CIVIL_AFFAIRS", "SOCIAL_ASSISTANCE", "2022-02-01", null, Map.of("assistanceType", "低保边缘")),
                h -> h.adult(45).fact("CIVIL_AFFAIRS", "SOCIAL_ASSISTANCE", "2022-02-01", 800.0, Map.of("assistanceType", "临时救助")));
    }

    @Test
    void disabilityRuleCoversSevereGradesAndThirdGradeIntellectual() {
        boundary(LIESHAN, LIESHAN_DAY, "LS_DISABILITY",
                h -> h.adult(45).fact("DISABLED_FEDERATION", "DISABILITY", "2022-02-01", null, Map.of("category", "肢体", "grade", "二级")),
                h -> h.adult(45).fact("DISABLED_FEDERATION", "DISABILITY", "2022-02-01", null, Map.of("category", "肢体", "grade", "三级")));
        boundary(LIESHAN, LIESHAN_DAY, "LS_DISABILITY",
                h -> h.adult(45).fact("DISABLED_FEDERATION", "DISABILITY", "2022-02-01", null, Map.of("category", "智力", "grade", "三级")),
                h -> h.adult(45).fact("DISABLED_FEDERATION", "DISABILITY", "2022-02-01", null, Map.of("category", "智力", "grade", "四级")));
    }

    @Test
    void severalDisabledMembersMakeAOneHouseholdManyDisabledCase() {
        boundary(LIESHAN, LIESHAN_DAY, "LS_DISABILITY",
                h -> h.member(50, "WEAK", "DISABLED", "PHYSICAL", 4, null, "RESIDENT", false)
                        .member(20, "WEAK", "DISABLED", "HEARING", 4, null, "RESIDENT", false)
                        .fact("DISABLED_FEDERATION", "DISABILITY", "2022-02-01", null, Map.of("category", "肢体", "grade", "四级")),
                h -> h.member(50, "WEAK", "DISABLED", "PHYSICAL", 4, null, "RESIDENT", false).adult(20)
                        .fact("DISABLED_FEDERATION", "DISABILITY", "2022-02-01", null, Map.of("category", "肢体", "grade", "四级")));
    }

    @Test
    void unemploymentAndUnderEmploymentFire() {
        boundary(LIESHAN, LIESHAN_DAY, "LS_UNEMPLOYED",
                h -> h.adult(35).fact("HUMAN_RESOURCES", "EMPLOYMENT", "2022-06-01", null, Map.of("status", "就业不充分")),
                h -> h.adult(35).fact("HUMAN_RESOURCES", "EMPLOYMENT", "2022-06-01", null, Map.of("status", "返乡")));
    }

    @Test
    void petitionFiresOnlyBelowTheThreshold() {
        boundary(LIESHAN, LIESHAN_DAY, "LS_PETITION_LOW_INCOME",
                h -> h.adult(35).income("2021-09-01", "2022-08-31", 6999.99, 0, 0, 1)
                        .fact("PETITION", "PETITION", "2022-06-01", null, Map.of("summary", "生活困难")),
                h -> h.adult(35).income("2021-09-01", "2022-08-31", 7000.00, 0, 0, 1)
                        .fact("PETITION", "PETITION", "2022-06-01", null, Map.of("summary", "生活困难")));
    }

    // --- 金寨 2023 ---

    @Test
    void newDibaoInTheLastTwoYearsFromJanuaryFirst() {
        boundary(JINZHAI, JINZHAI_DAY, "JZ_NEW_DIBAO_TEKUN",
                h -> h.adult(45).fact("CIVIL_AFFAIRS", "SOCIAL_ASSISTANCE", "2021-01-01", null, Map.of("assistanceType", "低保")),
                h -> h.adult(45).fact("CIVIL_AFFAIRS", "SOCIAL_ASSISTANCE", "2020-12-31", null, Map.of("assistanceType", "低保")));
    }

    @Test
    void elderlyLivingAloneFromSixty() {
        boundary(JINZHAI, JINZHAI_DAY, "JZ_ELDERLY_ALONE",
                h -> h.member(60, "NONE", "HEALTHY", null, null, null, "RESIDENT", false).income("2022-05-01", "2023-04-30", 9000, 0, 0, 1),
                h -> h.member(59, "NONE", "HEALTHY", null, null, null, "RESIDENT", false).income("2022-05-01", "2023-04-30", 9000, 0, 0, 1));
    }

    // --- 千山 2024 ---

    @Test
    void newDibaoSinceTheStartOf2024() {
        boundary(QIANSHAN, QIANSHAN_DAY, "QS_NEW_DIBAO_TEKUN",
                h -> h.adult(45).fact("CIVIL_AFFAIRS", "SOCIAL_ASSISTANCE", "2024-01-01", null, Map.of("assistanceType", "特困")),
                h -> h.adult(45).fact("CIVIL_AFFAIRS", "SOCIAL_ASSISTANCE", "2023-12-31", null, Map.of("assistanceType", "特困")));
    }

    @Test
    void largeTemporaryAssistanceNeedsTheAmountTheAdministratorEnters() {
        UnaryOperator<TestHousehold> fiveThousand = h -> h.adult(45)
                .fact("CIVIL_AFFAIRS", "SOCIAL_ASSISTANCE", "2024-03-01", 5000.0, Map.of("assistanceType", "临时救助"));
        assertThat(codes(ShippedProfile.screener(QIANSHAN, QIANSHAN_DAY), fiveThousand))
                .as("the plan states no amount, so the rule waits for one").doesNotContain("QS_LARGE_TEMPORARY_ASSISTANCE");
        var configured = ShippedProfile.screener(QIANSHAN, QIANSHAN_DAY, Map.of("largeTemporaryAssistance", 5000.0));
        assertThat(codes(configured, fiveThousand)).contains("QS_LARGE_TEMPORARY_ASSISTANCE");
        assertThat(codes(configured, h -> h.adult(45)
                .fact("CIVIL_AFFAIRS", "SOCIAL_ASSISTANCE", "2024-03-01", 4999.99, Map.of("assistanceType", "临时救助"))))
                .doesNotContain("QS_LARGE_TEMPORARY_ASSISTANCE");
    }

    @Test
    void newSevereOrMentalDisabilityIn2024() {
        boundary(QIANSHAN, QIANSHAN_DAY, "QS_SEVERE_DISABILITY_MENTAL",
                h -> h.adult(45).fact("DISABLED_FEDERATION", "DISABILITY", "2024-02-01", null, Map.of("category", "精神", "grade", "三级")),
                h -> h.adult(45).fact("DISABLED_FEDERATION", "DISABILITY", "2024-02-01", null, Map.of("category", "肢体", "grade", "三级")));
    }

    @Test
    void seriousIllnessInTheLedger() {
        boundary(QIANSHAN, QIANSHAN_DAY, "QS_SERIOUS_ILLNESS",
                h -> h.member(50, "WEAK", "SERIOUS", null, null, null, "RESIDENT", false),
                h -> h.member(50, "WEAK", "CHRONIC", null, null, null, "RESIDENT", false));
    }

    @Test
    void rejectedApplicationIn2024() {
        boundary(QIANSHAN, QIANSHAN_DAY, "QS_REJECTED_APPLICATION",
                h -> h.adult(45).fact("CIVIL_AFFAIRS", "SOCIAL_ASSISTANCE", "2024-03-01", null, Map.of("assistanceType", "申请未通过")),
                h -> h.adult(45).fact("CIVIL_AFFAIRS", "SOCIAL_ASSISTANCE", "2023-11-01", null, Map.of("assistanceType", "申请未通过")));
    }

    // --- 海南演丰 2022: the nine key groups ---

    @Test
    void declaredWarnedOrPetitionHouseholds() {
        boundary(HAINAN, HAINAN_DAY, "HN_DECLARED_WARNED_PETITION",
                h -> h.adult(45).channel("农户自主申报"),
                h -> h.adult(45).channel("系统筛查"));
    }

    @Test
    void householdsLiftedOutOfPovertyIn2020() {
        boundary(HAINAN, HAINAN_DAY, "HN_EXITED_2020",
                h -> h.type("POVERTY_ALLEVIATED", 2020).adult(45),
                h -> h.type("POVERTY_ALLEVIATED", 2019).adult(45));
    }

    @Test
    void incomeBelowSixThousandSevenHundredInTheHainanWindow() {
        boundary(HAINAN, HAINAN_DAY, "INCOME_BELOW_THRESHOLD",
                h -> h.adult(45).income("2021-05-01", "2022-04-30", 6699.99, 0, 0, 1).income("2022-01-01", "2022-12-31", 20000, 0, 0, 1),
                h -> h.adult(45).income("2021-05-01", "2022-04-30", 6700.00, 0, 0, 1).income("2022-01-01", "2022-12-31", 100, 0, 0, 1));
    }

    @Test
    void tekunMembers() {
        boundary(HAINAN, HAINAN_DAY, "HN_TEKUN",
                h -> h.member(70, "NONE", "HEALTHY", null, null, null, "RESIDENT", true),
                h -> h.member(70, "NONE", "HEALTHY", null, null, null, "RESIDENT", false));
    }

    @Test
    void dibaoSinceJanuary2021() {
        boundary(HAINAN, HAINAN_DAY, "HN_NEW_DIBAO",
                h -> h.adult(45).fact("CIVIL_AFFAIRS", "SOCIAL_ASSISTANCE", "2021-01-01", null, Map.of("assistanceType", "低保")),
                h -> h.adult(45).fact("CIVIL_AFFAIRS", "SOCIAL_ASSISTANCE", "2020-12-31", null, Map.of("assistanceType", "低保")));
    }

    @Test
    void severelyDisabledMemberOrNewDisabilityThisYear() {
        boundary(HAINAN, HAINAN_DAY, "HN_DISABLED",
                h -> h.member(45, "LOST", "DISABLED", "PHYSICAL", 2, null, "RESIDENT", false),
                h -> h.member(45, "WEAK", "DISABLED", "PHYSICAL", 3, null, "RESIDENT", false));
        boundary(HAINAN, HAINAN_DAY, "HN_DISABLED",
                h -> h.adult(45).fact("DISABLED_FEDERATION", "DISABILITY", "2022-01-01", null, Map.of("category", "视力", "grade", "四级")),
                h -> h.adult(45).fact("DISABLED_FEDERATION", "DISABILITY", "2021-12-31", null, Map.of("category", "视力", "grade", "四级")));
    }

    @Test
    void minorsExactlySixtyPercentFire() {
        boundary(HAINAN, HAINAN_DAY, "HN_MINORS_60",
                h -> h.adult(40).adult(38).child(10, "PRIMARY").child(8, "PRIMARY").child(5, "PRESCHOOL"),
                h -> h.adult(40).adult(38).child(10, "PRIMARY").child(8, "PRIMARY"));
    }

    @Test
    void nonCompulsoryStudentsExactlyHalfFire() {
        boundary(HAINAN, HAINAN_DAY, "HN_STUDENTS_50",
                h -> h.adult(48).adult(46).child(17, "SENIOR_HIGH").member(19, "NONE", "HEALTHY", null, null, "UNDERGRADUATE", "RESIDENT", false),
                h -> h.adult(48).adult(46).child(17, "SENIOR_HIGH").child(13, "JUNIOR"));
    }

    @Test
    void wageShareOverSixtyPercentLastYearAndAlmostNoneThisYear() {
        boundary(HAINAN, HAINAN_DAY, "HN_WAGE_DROP",
                h -> h.adult(40).income("2020-05-01", "2021-04-30", 6001, 3999, 0, 1).income("2021-05-01", "2022-04-30", 600.1, 8000, 0, 1),
                h -> h.adult(40).income("2020-05-01", "2021-04-30", 6000, 4000, 0, 1).income("2021-05-01", "2022-04-30", 0, 8000, 0, 1));
    }

    @Test
    void arecaIndustryRisk() {
        boundary(HAINAN, HAINAN_DAY, "HN_ARECA",
                h -> h.adult(40).fact("AGRICULTURE", "FARM_LOSS", "2022-03-01", 3000.0, Map.of("cause", "产业风险")),
                h -> h.adult(40).fact("AGRICULTURE", "FARM_LOSS", "2022-03-01", 3000.0, Map.of("cause", "自然灾害")));
        boundary(HAINAN, HAINAN_DAY, "HN_ARECA",
                h -> h.adult(40).fact("OTHER", "OTHER", "2022-03-01", null, Map.of("subject", "槟榔产业政策调整")),
                h -> h.adult(40).fact("OTHER", "OTHER", "2022-03-01", null, Map.of("subject", "橡胶价格")));
    }

    @Test
    void rigidSpendingOverHalfOfNetIncome() {
        boundary(HAINAN, HAINAN_DAY, "HN_RIGID_SPENDING",
                h -> h.adult(40).income("2021-05-01", "2022-04-30", 10000, 0, 5000.01, 1),
                h -> h.adult(40).income("2021-05-01", "2022-04-30", 10000, 0, 5000.00, 1));
    }

    @Test
    void findingsCarryTheValuesTheRuleSaw() {
        var screener = ShippedProfile.screener(LIESHAN, LIESHAN_DAY);
        Finding f = screener.evaluate(new TestHousehold(LIESHAN_DAY).adult(50)
                        .fact("MEDICAL_INSURANCE", "SELF_PAID_MEDICAL", "2022-08-01", 23456.78, Map.of("visitType", "住院"))
                        .build()).stream().filter(x -> x.ruleCode().equals("LS_MEDICAL_SELF_PAID")).findFirst().orElseThrow();
        assertThat(f.evidence()).containsEntry("个人自付（元）", 23456.78).containsEntry("推送标准（元）", 20000.0)
                .containsEntry("就诊类型", "住院");
        assertThat(f.reason()).startsWith("医保：住院或门诊慢特病自付超过2万元（个人自付（元）：23456.78");
        assertThat(f.factSource()).isEqualTo("测试 · 第2行");
        assertThat(f.clause()).contains("烈山区");
    }

    private static void boundary(String file, LocalDate on, String code, UnaryOperator<TestHousehold> inside,
            UnaryOperator<TestHousehold> outside) {
        Screener screener = ShippedProfile.screener(file, on);
        assertThat(codes(screener, inside)).as("%s should fire", code).contains(code);
        assertThat(codes(screener, outside)).as("%s should not fire", code).doesNotContain(code);
    }

    private static java.util.List<String> codes(Screener screener, UnaryOperator<TestHousehold> household) {
        LocalDate on = screener.profile().date();
        return screener.evaluate(household.apply(new TestHousehold(on)).build()).stream().map(Finding::ruleCode).toList();
    }
}
