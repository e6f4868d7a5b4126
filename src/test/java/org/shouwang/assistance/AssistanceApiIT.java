package org.shouwang.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.identification.GreenChannelOpened;
import org.shouwang.identification.HouseholdIdentified;
import org.shouwang.registry.MonitoringCategory;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Contact persons, plans, measures and their checks through the HTTP API, started by identification's events. */
@IntegrationTest
class AssistanceApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    org.shouwang.policy.WorkingDays workingDays;

    final LocalDate today = LocalDate.now();

    ApiClient as(String user) {
        return ApiClient.loggedIn(port, user, TestCounty.PASSWORD);
    }

    /** A 脱贫户 in the village announced as monitored {@code daysAgo} days ago with the given risk types. */
    long identified(String village, String head, int daysAgo, List<String> risks) {
        long h = Households.create(as("t-admin"), village, head);
        long caseId = announcedCase(h, village, risks);
        tx.executeWithoutResult(s -> events.publishEvent(new HouseholdIdentified(caseId, h, village,
                MonitoringCategory.UNSTABLE, risks, today.minusDays(daysAgo), false)));
        return h;
    }

    long announcedCase(long household, String village, List<String> risks) {
        jdbc.sql("update household set monitoring_status = 'RISK_ACTIVE', monitoring_category = 'UNSTABLE' where id = ?")
                .param(household).update();
        return jdbc.sql("""
                insert into identification_case (household_id, region_code, state, status_before, opened_at, risk_types, category)
                values (?, ?, 'ANNOUNCED', 'NOT_MONITORED', now(), ?::jsonb, 'UNSTABLE') returning id""")
                .params(household, village, "[" + String.join(",", risks.stream().map(r -> "\"" + r + "\"").toList()) + "]")
                .query(Long.class).single();
    }

    static Map<String, Object> person(String name, String kind) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("unit", "一号镇农业服务中心");
        p.put("phone", "13912345678");
        p.put("kind", kind);
        return p;
    }

    static Map<String, Object> measure(String category, String item, int version, Object... kv) {
        Map<String, Object> m = new HashMap<>();
        m.put("category", category);
        m.put("item", item);
        m.put("startOn", LocalDate.now().minusDays(1).toString());
        m.put("status", "PLANNED");
        m.put("responsibleUnit", "县乡村振兴局");
        m.put("version", version);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static ApiClient.Answer ok(ApiClient.Answer a, int status) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        return a;
    }

    int planVersion(ApiClient c, long h) {
        return c.get("/api/households/" + h + "/plan").read("$.plan.version");
    }

    @Test
    void identificationStartsThePlanWithBothClocksFromTheProfile() {
        long h = identified(TestCounty.VILLAGE_1, "计划甲", 0, List.of("ILLNESS"));
        ApiClient.Answer plan = ok(as("t-clerk1").get("/api/households/" + h + "/plan"), 200);
        assertThat((String) plan.read("$.plan.startedOn")).isEqualTo(today.toString());
        assertThat((String) plan.read("$.plan.measuresDue")).isEqualTo(today.plusDays(10).toString());
        LocalDate contactDue = LocalDate.parse(plan.read("$.plan.contactDue"));
        // 5 working days on the county's calendar: a week from a weekday, Friday from a weekend, more over a holiday
        assertThat(contactDue).isEqualTo(workingDays.forRegion(TestCounty.VILLAGE_1).addWorkingDays(today, 5));
        assertThat((List<String>) plan.read("$.plan.riskTypeLabels")).containsExactly("因病");
        assertThat((Boolean) plan.read("$.canEdit")).isTrue();

        // The event delivered twice (or the 绿色通道 afterwards) leaves the one plan alone.
        long caseId = jdbc.sql("select case_id from assistance_plan where household_id = ?").param(h).query(Long.class).single();
        tx.executeWithoutResult(s -> events.publishEvent(new GreenChannelOpened(caseId, h, TestCounty.VILLAGE_1,
                List.of("ILLNESS"), today.plusDays(3))));
        assertThat(jdbc.sql("select count(*) from assistance_plan where household_id = ?").param(h).query(Long.class).single())
                .isEqualTo(1);
        assertThat((String) as("t-clerk1").get("/api/households/" + h + "/plan").read("$.plan.startedOn")).isEqualTo(today.toString());
    }

    @Test
    void theGreenChannelStartsTheClockBeforeApproval() {
        long h = Households.create(as("t-admin"), TestCounty.VILLAGE_1, "绿通甲");
        jdbc.sql("update household set monitoring_status = 'IDENTIFYING' where id = ?").param(h).update();
        long caseId = jdbc.sql("""
                insert into identification_case (household_id, region_code, state, status_before, opened_at, green_channel)
                values (?, ?, 'APPLIED', 'NOT_MONITORED', now(), true) returning id""").params(h, TestCounty.VILLAGE_1)
                .query(Long.class).single();
        tx.executeWithoutResult(s -> events.publishEvent(new GreenChannelOpened(caseId, h, TestCounty.VILLAGE_1,
                List.of("DISASTER"), today.minusDays(2))));
        ApiClient.Answer plan = ok(as("t-clerk1").get("/api/households/" + h + "/plan"), 200);
        assertThat((String) plan.read("$.plan.startedOn")).isEqualTo(today.minusDays(2).toString());
        // The case has no risk types yet: the event's are checked.
        assertThat((List<String>) plan.read("$.plan.riskTypes")).containsExactly("DISASTER");
        ok(as("t-clerk1").post("/api/households/" + h + "/plan/measures",
                measure("HOUSING", "危房应急维修", planVersion(as("t-clerk1"), h))), 201);
        ApiClient.Answer checks = ok(as("t-clerk1").get("/api/households/" + h + "/plan/checks"), 200);
        assertThat((List<String>) checks.read("$.checks[?(@.code == 'RISK_MATCH')].result")).containsExactly("MET");
    }

    @Test
    void aPovertyHouseholdGetsAMonitoringContactBesideItsExistingOneAndReassignmentKeepsHistory() {
        long h = identified(TestCounty.VILLAGE_1, "联系甲", 30, List.of("ILLNESS"));
        ApiClient clerk = as("t-clerk1");
        ApiClient.Answer before = ok(clerk.get("/api/households/" + h + "/contact-persons"), 200);
        assertThat((List<String>) before.read("$.requiredLabels")).containsExactly("原帮扶责任人", "监测联系人");
        assertThat((List<String>) before.read("$.checks[*].result")).containsExactly("OVERDUE", "OVERDUE");
        assertThat((String) before.read("$.checks[1].reason")).matches("监测联系人应于 \\d{4}-\\d\\d-\\d\\d 前明确，已逾期 \\d+ 天");

        ok(clerk.post("/api/households/" + h + "/contact-persons", person("原责任人", "EXISTING")), 201);
        ApiClient.Answer first = ok(clerk.post("/api/households/" + h + "/contact-persons", person("王强", "MONITORING")), 201);
        assertThat((String) first.read("$.phoneMasked")).isEqualTo("139****5678");
        assertThat(first.body()).doesNotContain("13912345678");
        long firstId = ((Number) first.read("$.id")).longValue();

        // Two at once of one kind: the second is refused, not stored.
        ApiClient.Answer twice = clerk.post("/api/households/" + h + "/contact-persons", person("王强", "MONITORING"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat((String) twice.read("$.code")).isEqualTo("CONTACT_KIND_TAKEN");

        Map<String, Object> successor = person("刘洋", "MONITORING");
        successor.put("replacesId", firstId);
        successor.put("endReason", "人员调整");
        ApiClient.Answer next = ok(clerk.post("/api/households/" + h + "/contact-persons", successor), 201);
        assertThat(((Number) next.read("$.replacesId")).longValue()).isEqualTo(firstId);

        ApiClient.Answer after = ok(clerk.get("/api/households/" + h + "/contact-persons"), 200);
        assertThat((List<String>) after.read("$.current[*].name")).containsExactlyInAnyOrder("原责任人", "刘洋");
        assertThat((List<String>) after.read("$.past[*].name")).containsExactly("王强");
        assertThat((String) after.read("$.past[0].endReason")).isEqualTo("人员调整");
        assertThat((String) after.read("$.past[0].endedBy")).isEqualTo("t-clerk1");
        assertThat(((Number) after.read("$.past[0].replacedById")).longValue()).isEqualTo(((Number) next.read("$.id")).longValue());
        // Named a month after identification: late, with the days.
        assertThat((List<String>) after.read("$.checks[*].result")).containsExactly("MET", "LATE");

        // The replaced person cannot be ended twice.
        ApiClient.Answer again = clerk.post("/api/contact-persons/" + firstId + "/end", Map.of("reason", "离职"));
        assertThat(again.status()).isEqualTo(409);
        assertThat((String) again.read("$.code")).isEqualTo("CONTACT_ALREADY_ENDED");
        assertThat(jdbc.sql("select count(*) from assistance_change where household_id = ? and entity = 'CONTACT_PERSON'")
                .param(h).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void aRelocatedHouseholdNeedsAnOriginTownshipAndAResettlementCommunityPerson() {
        long h = identified(TestCounty.VILLAGE_1, "搬迁甲", 0, List.of("UNSTABLE_EMPLOYMENT"));
        jdbc.sql("update household set relocated = true where id = ?").param(h).update();
        ApiClient.Answer a = ok(as("t-clerk1").get("/api/households/" + h + "/contact-persons"), 200);
        assertThat((List<String>) a.read("$.required")).containsExactly("ORIGIN_TOWNSHIP", "RESETTLEMENT_COMMUNITY");
        assertThat((List<String>) a.read("$.checks[*].result")).containsExactly("DUE", "DUE");
        ok(as("t-clerk1").post("/api/households/" + h + "/contact-persons", person("赵敏", "RESETTLEMENT_COMMUNITY")), 201);
        assertThat((List<String>) as("t-clerk1").get("/api/households/" + h + "/contact-persons").read("$.checks[*].result"))
                .containsExactly("DUE", "MET");
    }

    @Test
    void measuresAnswerRisksAndADeliveredDevelopmentMeasureSetsTheFlag() {
        long h = identified(TestCounty.VILLAGE_1, "措施甲", 0, List.of("ILLNESS", "UNSTABLE_EMPLOYMENT"));
        ApiClient clerk = as("t-clerk1");
        ApiClient.Answer empty = ok(clerk.get("/api/households/" + h + "/plan/checks"), 200);
        assertThat((List<String>) empty.read("$.checks[?(@.code == 'RISK_MATCH')].result")).containsExactly("NOT_MET", "NOT_MET");
        assertThat(empty.read("$.checks[?(@.code == 'DEVELOPMENT')].reason").toString()).contains("应至少安排一项开发式帮扶措施");
        assertThat((List<String>) empty.read("$.checks[?(@.code == 'MEASURES_DUE')].result")).containsExactly("DUE");
        assertThat((Boolean) empty.read("$.developmentDelivered")).isFalse();

        long member = jdbc.sql("select id from member where household_id = ? and relation = 'HEAD'").param(h).query(Long.class).single();
        ok(clerk.post("/api/households/" + h + "/plan/measures", measure("HEALTH", "大病医疗救助", planVersion(clerk, h),
                "riskTypes", List.of("ILLNESS"), "amount", 8000)), 201);
        ApiClient.Answer job = ok(clerk.post("/api/households/" + h + "/plan/measures", measure("PUBLIC_WELFARE_JOB", "村保洁公益岗",
                planVersion(clerk, h), "memberId", member, "endOn", today.plusYears(1).toString())), 201);
        assertThat((String) job.read("$.memberName")).isEqualTo("措施甲");
        assertThat((Boolean) job.read("$.development")).isTrue();

        ApiClient.Answer planned = ok(clerk.get("/api/households/" + h + "/plan/checks"), 200);
        assertThat((List<String>) planned.read("$.checks[?(@.code != 'CONTACT_PERSON')].result")).containsOnly("MET");
        assertThat((Boolean) planned.read("$.developmentDelivered")).isFalse();

        Map<String, Object> delivered = measure("PUBLIC_WELFARE_JOB", "村保洁公益岗", job.read("$.version"), "memberId", member,
                "status", "DELIVERED");
        ApiClient.Answer done = ok(clerk.put("/api/measures/" + job.read("$.id"), delivered), 200);
        assertThat((String) done.read("$.deliveredOn")).isEqualTo(today.toString());
        ApiClient.Answer flagged = ok(clerk.get("/api/households/" + h + "/plan/checks"), 200);
        assertThat((Boolean) flagged.read("$.developmentDelivered")).isTrue();
        assertThat((String) flagged.read("$.developmentReason")).isEqualTo("「村保洁公益岗」（公益岗位帮扶）已落实");

        // Two writers on one version: the second loses; and a delivered measure cannot go back to planned.
        ApiClient.Answer stale = clerk.put("/api/measures/" + job.read("$.id"), delivered);
        assertThat(stale.status()).isEqualTo(409);
        assertThat((String) stale.read("$.code")).isEqualTo("MEASURE_CHANGED");
        ApiClient.Answer back = clerk.put("/api/measures/" + job.read("$.id"), measure("PUBLIC_WELFARE_JOB", "村保洁公益岗",
                done.read("$.version"), "status", "PLANNED"));
        assertThat(back.status()).isEqualTo(422);
        assertThat((String) back.read("$.code")).isEqualTo("MEASURE_STATUS_BACKWARDS");
        assertThat(jdbc.sql("select count(*) from assistance_change where household_id = ? and entity = 'MEASURE'")
                .param(h).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aDuplicateSubmissionOfAMeasureIsStoredOnce() {
        long h = identified(TestCounty.VILLAGE_1, "重复甲", 0, List.of("ILLNESS"));
        ApiClient clerk = as("t-clerk1");
        Map<String, Object> m = measure("HEALTH", "慢病签约服务", planVersion(clerk, h));
        ok(clerk.post("/api/households/" + h + "/plan/measures", m), 201);
        ApiClient.Answer second = clerk.post("/api/households/" + h + "/plan/measures", m);
        assertThat(second.status()).isEqualTo(409);
        assertThat((String) second.read("$.code")).isEqualTo("PLAN_CHANGED");
        assertThat(jdbc.sql("select count(*) from assistance_measure where household_id = ?").param(h).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void hostileInputGetsClearFourHundredsAndStoresNothing() {
        long h = identified(TestCounty.VILLAGE_1, "恶意甲", 0, List.of("ILLNESS"));
        ApiClient clerk = as("t-clerk1");
        int v = planVersion(clerk, h);
        String url = "/api/households/" + h + "/plan/measures";
        ApiClient.Answer unknown = clerk.post(url, measure("LOTTERY'; drop table assistance_measure; --", "x", v));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat((List<String>) unknown.read("$.errors[*].code")).containsExactly("UNKNOWN_CODE");
        ApiClient.Answer negative = clerk.post(url, measure("FINANCE", "小额信贷", v, "amount", -5000));
        assertThat((List<String>) negative.read("$.errors[*].code")).containsExactly("AMOUNT_NEGATIVE");
        ApiClient.Answer huge = clerk.post(url, measure("FINANCE", "贷".repeat(5000), v, "amount", 1e15, "note", "注".repeat(501)));
        assertThat((List<String>) huge.read("$.errors[*].code")).containsExactly("TOO_LONG", "AMOUNT_TOO_LARGE", "TOO_LONG");
        ApiClient.Answer badRisk = clerk.post(url, measure("HEALTH", "x", v, "riskTypes", List.of("<script>alert(1)</script>")));
        assertThat((List<String>) badRisk.read("$.errors[*].code")).containsExactly("RISK_TYPE_UNKNOWN");
        ApiClient.Answer otherMember = clerk.post(url, measure("HEALTH", "x", v, "memberId", 999_999_999));
        assertThat((List<String>) otherMember.read("$.errors[*].code")).containsExactly("MEMBER_UNKNOWN");
        ApiClient.Answer notJson = clerk.postRaw(url, "application/json", "{\"amount\": \"很多\"".getBytes());
        assertThat(notJson.status()).isEqualTo(400);

        // Script and SQL text is stored as text and answered as JSON, not run.
        String script = "<script>alert('x')</script>' or 1=1 --";
        ApiClient.Answer stored = ok(clerk.post(url, measure("HEALTH", script, v)), 201);
        assertThat((String) stored.read("$.item")).isEqualTo(script);
        assertThat(jdbc.sql("select count(*) from assistance_measure where household_id = ?").param(h).query(Long.class).single())
                .isEqualTo(1);

        ApiClient.Answer person = clerk.post("/api/households/" + h + "/contact-persons", Map.of("name", "甲".repeat(51),
                "unit", "", "phone", "call me", "kind", "BOSS", "startOn", "2026-02-30"));
        assertThat(person.status()).isEqualTo(400);
        assertThat((List<String>) person.read("$.errors[*].code"))
                .containsExactly("TOO_LONG", "REQUIRED", "PHONE_FORMAT", "UNKNOWN_CODE", "DATE_FORMAT");
        Map<String, Object> ghost = person("幽灵", "MONITORING");
        ghost.put("username", "t-clerk2");
        ApiClient.Answer otherVillageUser = clerk.post("/api/households/" + h + "/contact-persons", ghost);
        assertThat(otherVillageUser.status()).isEqualTo(422);
        assertThat((String) otherVillageUser.read("$.code")).isEqualTo("CONTACT_USER_UNKNOWN");
        assertThat(jdbc.sql("select count(*) from contact_person where household_id = ?").param(h).query(Long.class).single())
                .isZero();
    }

    @Test
    void rolesAndScopesDecideWhoReadsAndWhoEdits() {
        long h = identified(TestCounty.VILLAGE_1, "权限甲", 0, List.of("ILLNESS"));
        ApiClient grid = as("t-grid1");
        ApiClient.Answer read = ok(grid.get("/api/households/" + h + "/plan"), 200);
        assertThat((Boolean) read.read("$.canEdit")).isFalse();
        ok(grid.get("/api/households/" + h + "/contact-persons"), 200);
        ApiClient.Answer gridWrites = grid.post("/api/households/" + h + "/plan/measures", measure("HEALTH", "x", 0));
        assertThat(gridWrites.status()).isEqualTo(403);
        assertThat((String) gridWrites.read("$.code")).isEqualTo("ASSISTANCE_FORBIDDEN");
        assertThat(as("t-inspector").post("/api/households/" + h + "/contact-persons", person("x", "MONITORING")).status())
                .isEqualTo(403);

        // Another village's clerk learns nothing, not even that the household exists.
        ApiClient other = as("t-clerk2");
        for (String path : List.of("/plan", "/plan/checks", "/contact-persons")) {
            ApiClient.Answer a = other.get("/api/households/" + h + path);
            assertThat(a.status()).as(path).isEqualTo(404);
        }
        assertThat(other.post("/api/households/" + h + "/plan/measures", measure("HEALTH", "x", 0)).status()).isEqualTo(404);
        long measure = ((Number) ok(as("t-township").post("/api/households/" + h + "/plan/measures",
                measure("HEALTH", "家庭医生签约", planVersion(as("t-clerk1"), h))), 201).read("$.id")).longValue();
        assertThat(other.put("/api/measures/" + measure, measure("HEALTH", "x", 0)).status()).isEqualTo(404);
        assertThat(other.get("/api/households/999999999/plan").status()).isEqualTo(404);
    }

    @Test
    void aHouseholdThatIsNotMonitoredHasNoPlanAndCannotStartOne() {
        long h = Households.create(as("t-admin"), TestCounty.VILLAGE_1, "普通甲");
        ApiClient.Answer a = ok(as("t-clerk1").get("/api/households/" + h + "/plan"), 200);
        assertThat((Object) a.read("$.plan")).isNull();
        assertThat((Boolean) a.read("$.canStart")).isFalse();
        ApiClient.Answer start = as("t-clerk1").post("/api/households/" + h + "/plan", Map.of());
        assertThat(start.status()).isEqualTo(422);
        assertThat((String) start.read("$.code")).isEqualTo("PLAN_NOT_MONITORED");
        assertThat((Boolean) ok(as("t-clerk1").get("/api/households/" + h + "/plan/checks"), 200).read("$.started")).isFalse();

        // Monitored from before this system: the clerk starts the plan by hand, once.
        jdbc.sql("update household set monitoring_status = 'RISK_ACTIVE' where id = ?").param(h).update();
        ok(as("t-clerk1").post("/api/households/" + h + "/plan", Map.of()), 201);
        ApiClient.Answer again = as("t-clerk1").post("/api/households/" + h + "/plan", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat((String) again.read("$.code")).isEqualTo("PLAN_EXISTS");
    }
}
