package org.shouwang.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.registry.Regions;
import org.shouwang.shared.Department;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.shouwang.support.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Screening end to end on PostgreSQL: a county profile with a threshold and a department rule, households on both
 * sides, a run that raises clues once, the household explanation agreeing with the run, what-if raising nothing.
 * Uses a township of its own (349999003000) so other tests' households do not count.
 */
@IntegrationTest
class ScreeningIT {

    static final String TOWNSHIP = "349999003000";
    static final String VILLAGE = "349999003001";
    static final String VILLAGE_B = "349999003002";
    static final LocalDate TODAY = LocalDate.now();
    static final LocalDate WINDOW_START = TODAY.withDayOfMonth(1).minusMonths(12);
    static final LocalDate WINDOW_END = TODAY.withDayOfMonth(1).minusDays(1);

    @LocalServerPort
    int port;
    @Autowired
    Regions regions;
    @Autowired
    Facts facts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.shouwang.screening.internal.HouseholdLoader loader;

    ApiClient admin;
    static long poorHousehold;
    static long richHousehold;
    static long sickHousehold;

    @BeforeEach
    void setUp() {
        admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        if (poorHousehold != 0) {
            return;
        }
        regions.define(List.of(new Regions.Region(TOWNSHIP, "筛查镇", 4, TestCounty.COUNTY),
                new Regions.Region(VILLAGE, "甲村", 5, TOWNSHIP), new Regions.Region(VILLAGE_B, "乙村", 5, TOWNSHIP)));
        TestProfiles.ensureCounty(port, jdbc);
        poorHousehold = household(VILLAGE, "贫甲", 15999.98);   // 7,999.99 per person
        richHousehold = household(VILLAGE, "富乙", 16000.00);   // 8,000.00 per person
        sickHousehold = household(VILLAGE_B, "病丙", 30000.00);
    }

    @Test
    void aRuleWithATypoIsRefusedWithLineAndColumn() {
        long profile = profileId();
        ApiClient.Answer bad = admin.post("/api/policy/profiles/" + profile + "/rules", Map.of(
                "code", "T_BAD", "name", "错字", "scope", "HOUSEHOLD",
                "expression", "household.memberCount > 1 &&\n  household.incom.perCapita < profile.threshold"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat((String) bad.read("$.code")).isEqualTo("RULE_INVALID");
        assertThat((String) bad.read("$.errors[0].message")).contains("第2行第12列").contains("incom");
        ApiClient.Answer check = admin.post("/api/policy/rules/check", Map.of("code", "T_BAD", "name", "x", "scope",
                "HOUSEHOLD", "expression", "household.type == 1"));
        assertThat((Boolean) check.read("$.ok")).isFalse();
        assertThat((Integer) check.read("$.problems[0].line")).isEqualTo(1);
    }

    @Test
    void theProfileInForceMergesNationalAndCountyAndShowsWhereEachValueCameFrom() {
        ApiClient.Answer a = admin.get("/api/policy/in-force?region=" + VILLAGE + "&date=" + TODAY);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(((Number) a.read("$.parameters.threshold.amount")).intValue()).isEqualTo(8000);
        assertThat((String) a.read("$.origins.threshold")).isEqualTo("测试县 2025 年起");
        assertThat((String) a.read("$.origins.publicityDays")).startsWith("全国通用");
        List<String> codes = a.read("$.rules[*].code");
        assertThat(codes).contains("INCOME_BELOW_THRESHOLD", "T_MEDICAL");
        assertThat((String) a.read("$.parameters.labels.monitoredObject")).isEqualTo("防止返贫致贫对象");
        ApiClient.Answer before = admin.get("/api/policy/in-force?region=" + VILLAGE + "&date=2025-06-01");
        assertThat((String) before.read("$.parameters.labels.monitoredObject")).isEqualTo("监测对象");
    }

    @Test
    void shippedPlansResolveForTheirRegions() {
        ApiClient.Answer lieshan = admin.get("/api/policy/in-force?region=340604001001&date=2022-06-01");
        assertThat(((Number) lieshan.read("$.parameters.threshold.amount")).intValue()).isEqualTo(7000);
        assertThat((Integer) lieshan.read("$.parameters.steps.HOME_CHECK.days")).isEqualTo(2);
        ApiClient.Answer hainan = admin.get("/api/policy/in-force?region=460108100001&date=2022-05-01");
        assertThat((String) hainan.read("$.parameters.incomeWindow.from")).isEqualTo("2021-05-01");
        assertThat(((Number) hainan.read("$.parameters.threshold.amount")).intValue()).isEqualTo(6700);
        ApiClient.Answer qianshan = admin.get("/api/policy/in-force?region=210311001001&date=2024-09-01");
        assertThat((Object) qianshan.read("$.parameters.threshold")).isNull();
        assertThat((String) qianshan.read("$.parameters.thresholdNote")).contains("未写明");
        ApiClient.Answer liaoning2022 = admin.get("/api/policy/in-force?region=210311001001&date=2022-09-01");
        assertThat(((Number) liaoning2022.read("$.parameters.threshold.amount")).intValue()).isEqualTo(7260);
    }

    @Test
    void aRunFlagsTheHouseholdUnderTheThresholdAndExplainsItTheSameWay() {
        Map<String, Object> run = awaitRun(admin.post("/api/screening/runs", Map.of("region", TOWNSHIP)));
        assertThat(run.get("status")).isEqualTo("DONE");
        assertThat((Integer) run.get("total")).isEqualTo(3);
        ApiClient.Answer results = admin.get("/api/screening/runs/" + run.get("id") + "/results?size=50");
        List<Integer> flagged = results.read("$.items[*].householdId");
        assertThat(flagged).contains((int) poorHousehold).doesNotContain((int) richHousehold);
        ApiClient.Answer why = admin.get("/api/households/" + poorHousehold + "/explanation");
        assertThat(why.status()).as(why.body()).isEqualTo(200);
        List<String> whyCodes = why.read("$.findings[*].ruleCode");
        assertThat(whyCodes).contains("INCOME_BELOW_THRESHOLD");
        assertThat(((Number) why.read("$.findings[0].evidence['人均纯收入（元）']")).doubleValue()).isEqualTo(7999.99);
        // the evidence comes in the order the rule lists it (the national rule: per capita, threshold, persons, period)
        String body = why.body().substring(why.body().indexOf("\"evidence\""));
        assertThat(body.indexOf("人均纯收入（元）")).isLessThan(body.indexOf("监测范围（元）"));
        assertThat(body.indexOf("计算人口")).isLessThan(body.indexOf("测算期间"));
        assertThat(admin.get("/api/households/" + richHousehold + "/explanation").<List<String>>read("$.findings[*].ruleCode"))
                .doesNotContain("INCOME_BELOW_THRESHOLD");
        int clues = jdbc.sql("select count(*) from risk_clue where household_id = ?").param(poorHousehold).query(Integer.class).single();
        assertThat(clues).isEqualTo(1);
        String values = jdbc.sql("""
                select s.rule_values::text from clue_signal s join risk_clue c on c.id = s.clue_id
                 where c.household_id = ? and s.rule_code = 'INCOME_BELOW_THRESHOLD'""").param(poorHousehold)
                .query(String.class).single();
        assertThat(values.indexOf("人均纯收入（元）")).as("the village reads the values in the rule's order")
                .isLessThan(values.indexOf("测算期间"));
        String stored = jdbc.sql("select findings::text from screening_result where run_id = ? and household_id = ?")
                .params(((Number) run.get("id")).longValue(), poorHousehold).query(String.class).single();
        assertThat(stored).as("results store the values only; the rule texts once per run").doesNotContain("人均纯收入（元）")
                .contains("7999.99");
        String listed = results.body().substring(results.body().indexOf("\"householdId\":" + poorHousehold + ","));
        listed = listed.substring(listed.indexOf("INCOME_BELOW_THRESHOLD"));
        assertThat(listed).as("the result list gives the rule's texts and values in the rule's order")
                .contains("人均纯收入低于监测范围", "\"ruleVersion\"");
        assertThat(listed.indexOf("人均纯收入（元）\":7999.99")).isNotNegative().isLessThan(listed.indexOf("计算人口"));

        Map<String, Object> again = awaitRun(admin.post("/api/screening/runs", Map.of("region", TOWNSHIP)));
        assertThat((Integer) again.get("newSignals")).as("re-running raises nothing new").isZero();
        assertThat((Integer) again.get("flagged")).isEqualTo((Integer) run.get("flagged"));

        ApiClient.Answer export = admin.get("/api/screening/runs/" + run.get("id") + "/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.bytes()[0]).isEqualTo((byte) 'P');
    }

    @Test
    void whatIfCountsPerVillageAndRaisesNothing() {
        int signalsBefore = jdbc.sql("select count(*) from clue_signal").query(Integer.class).single();
        Map<String, Object> run = awaitRun(admin.post("/api/screening/what-if", Map.of("region", TOWNSHIP, "threshold", 9000)));
        assertThat(run.get("status")).as(run.toString()).isEqualTo("DONE");
        ApiClient.Answer cmp = admin.get("/api/screening/runs/" + run.get("id") + "/comparison");
        assertThat(cmp.status()).isEqualTo(200);
        List<Map<String, Object>> rows = cmp.read("$");
        Map<String, Object> jia = rows.stream().filter(r -> VILLAGE.equals(r.get("regionCode"))).findFirst().orElseThrow();
        assertThat((Integer) jia.get("candidate")).isEqualTo(2);
        assertThat((Integer) jia.get("now")).isEqualTo(1);
        assertThat((Integer) jia.get("added")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from clue_signal").query(Integer.class).single()).isEqualTo(signalsBefore);
    }

    @Test
    void aDepartmentFactRaisesAClueOnceNamingTheRow() {
        Long member = jdbc.sql("select id from member where household_id = ? order by id limit 1").param(sickHousehold)
                .query(Long.class).single();
        Fact f = new Fact(sickHousehold, member, Department.MEDICAL_INSURANCE, "SELF_PAID_MEDICAL", TODAY.minusDays(3),
                new BigDecimal("20000.01"), Map.of("visitType", "住院"), "feed-row:99:12", "医保 · 测试.xlsx · 第12行",
                "test-medical-" + sickHousehold);
        assertThat(facts.record(List.of(f))).isEqualTo(new Facts.Recorded(1, 1));
        assertThat(facts.record(List.of(f))).isEqualTo(new Facts.Recorded(0, 0));
        Map<String, Object> signal = jdbc.sql("""
                select s.channel, s.source, s.source_ref, s.rule_code from clue_signal s join risk_clue c on c.id = s.clue_id
                 where c.household_id = ? and s.rule_code = 'T_MEDICAL'""").param(sickHousehold).query().singleRow();
        assertThat(signal).containsEntry("channel", "DEPARTMENT").containsEntry("source", "医保 · 测试.xlsx · 第12行")
                .containsEntry("source_ref", "feed-row:99:12");
    }

    @Test
    void villageClerksCannotScreenOtherVillagesAndRegionsWithoutThresholdAreRefused() {
        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk2", TestCounty.PASSWORD);
        assertThat(clerk.post("/api/screening/runs", Map.of("region", TestCounty.VILLAGE_1)).status()).isEqualTo(404);
        ApiClient inspector = ApiClient.loggedIn(port, "t-inspector", TestCounty.PASSWORD);
        assertThat(inspector.post("/api/screening/runs", Map.of("region", TOWNSHIP)).status()).isEqualTo(403);
        assertThat(admin.get("/api/households/" + poorHousehold + "/explanation").status()).isEqualTo(200);
        assertThat(clerk.get("/api/households/" + poorHousehold + "/explanation").status()).isEqualTo(404);
        assertThat(admin.post("/api/screening/runs", Map.of("region", "abc")).status()).isEqualTo(404);
        assertThat(admin.post("/api/screening/what-if", Map.of("region", TOWNSHIP)).status()).isEqualTo(400);
        assertThat(admin.post("/api/screening/what-if", Map.of("region", TOWNSHIP, "threshold", -5)).status()).isEqualTo(400);
        ApiClient.Answer badRule = admin.post("/api/screening/what-if", Map.of("region", TOWNSHIP, "rules", List.of(Map.of(
                "code", "X1", "name", "x", "scope", "HOUSEHOLD", "expression", "household.x > '; drop table household; --'"))));
        assertThat(badRule.status()).as(badRule.body()).isEqualTo(422);
    }

    @Test
    void oneHouseholdIsReadExactlyAsTheBatchReadsIt() {
        long id = household(VILLAGE_B, "读丁", 12345.67);
        Long member = jdbc.sql("select id from member where household_id = ? order by id limit 1").param(id)
                .query(Long.class).single();
        facts.record(List.of(new Fact(id, member, Department.CIVIL_AFFAIRS, "SOCIAL_ASSISTANCE", TODAY.minusDays(1),
                new BigDecimal("800.50"), Map.of("assistanceType", "临时救助"), "feed-row:1:9", "民政 · 第9行", "read-" + id)));
        var one = loader.loadOne(id).orElseThrow();
        var batch = loader.load(List.of(id)).get(0);
        assertThat(one).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .ignoringCollectionOrderInFields("channels").isEqualTo(batch);
        assertThat(one.facts()).hasSize(1);
        assertThat(one.incomes()).hasSize(1);
        assertThat(loader.loadOne(-1)).isEmpty();
    }

    private long household(String village, String head, double wage) {
        String no = Ids.householdNo();
        ApiClient.Answer a = admin.post("/api/households", Households.household(no, village, List.of(
                Households.member(head, Ids.unique("1970-03-15", true), "HEAD"),
                Households.member("李梅", Ids.unique("1972-06-20", false), "SPOUSE"))));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        long id = ((Number) a.read("$.id")).longValue();
        ApiClient.Answer income = admin.post("/api/households/" + id + "/incomes", Map.of("periodStart", WINDOW_START.toString(),
                "periodEnd", WINDOW_END.toString(), "wageIncome", wage, "businessIncome", 0, "propertyIncome", 0,
                "transferIncome", 0, "productionExpense", 0, "compliantSelfPaid", 0));
        assertThat(income.status()).as(income.body()).isIn(200, 201);
        return id;
    }

    private long profileId() {
        return TestProfiles.ensureCounty(port, jdbc);
    }

    private Map<String, Object> awaitRun(ApiClient.Answer started) {
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        Object id = started.read("$.id");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long pause = 50;
        while (true) {
            ApiClient.Answer a = admin.get("/api/screening/runs/" + id);
            Map<String, Object> run = a.read("$");
            if (List.of("DONE", "FAILED", "REFUSED").contains(run.get("status"))) {
                return run;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("run did not finish: " + a.body());
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            pause = Math.min(500, pause * 2);
        }
    }
}
