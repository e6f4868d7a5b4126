package org.shouwang.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.access.Users;
import org.shouwang.identification.CaseSweep;
import org.shouwang.identification.MovableClock;
import org.shouwang.registry.Regions;
import org.shouwang.screening.Channel;
import org.shouwang.screening.ClueSignal;
import org.shouwang.screening.Clues;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.LieshanDistrict;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * One household's whole journey on the shipped 淮北烈山 2022 profile, with the clock moved by hand (issue 4, point
 * 13): a clue, identification in 15 days around the 2022 Labour Day holiday (which moves the contact person's
 * 5-working-day deadline), contact persons and measures in time, six months of registered income, elimination by the
 * full procedure, and a rollback approved by the county.
 */
@IntegrationTest
@Import(ScenarioClock.class)
class HouseholdJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    Clues clues;

    @Autowired
    Regions regions;

    @Autowired
    Users users;

    @Autowired
    CaseSweep sweep;

    ApiClient clerk;
    ApiClient township;
    ApiClient county;

    @BeforeEach
    void district() {
        clock.set(ScenarioClock.START);
        LieshanDistrict.ensure(regions, users);
        clerk = ApiClient.loggedIn(port, LieshanDistrict.CLERK, TestCounty.PASSWORD);
        township = ApiClient.loggedIn(port, LieshanDistrict.TOWNSHIP_REVIEWER, TestCounty.PASSWORD);
        county = ApiClient.loggedIn(port, LieshanDistrict.COUNTY_REVIEWER, TestCounty.PASSWORD);
    }

    @Test
    void clueToIdentificationToAssistanceToEliminationToRollback() {
        // 2022-04-18 (Monday): the 医保 office's alert reaches the village as a clue; the village starts identification.
        long household = household("赵返贫");
        long clue = clue(household, "医保自付 2.6 万元");
        decide(clue, "START_IDENTIFICATION");
        long id = caseOf(household);
        ApiClient.Answer opened = ok(clerk.get("/api/cases/" + id));
        assertThat((String) opened.read("$.deadlines.overallDue")).as("15 calendar days on the 烈山 profile")
                .isEqualTo("2022-05-03");
        assertThat((String) opened.read("$.suggestedCategory")).isEqualTo("UNSTABLE");
        assertThat((String) opened.read("$.steps[0].details.suggestionReason")).isEqualTo("脱贫户，尚无收入记录，收入待入户核查后确认");

        ok(step(id, clerk, "APPLICATION", "commitmentSigned", true, "authorisationSigned", true, "evidence", "承诺授权书.jpg"));
        at(2022, 4, 19);
        ok(step(id, clerk, "HOME_CHECK", "findings", "户主住院，医疗自付 2.6 万元，家中无其他收入"));
        at(2022, 4, 20);
        ok(step(id, clerk, "DEMOCRATIC_REVIEW", "meetingType", "ENLARGED_COMMITTEES", "attendees", meeting(),
                "votesFor", 5, "votesAgainst", 0, "minutes", "一致同意纳入监测"));
        at(2022, 4, 21);
        ok(step(id, clerk, "DATA_COMPARISON", "vehicles", "无", "housing", "无商品房", "businessRegistration", "无",
                "publicEmployee", "无"));
        at(2022, 4, 26);
        ok(step(id, clerk, "PUBLICITY", "start", "2022-04-20", "end", "2022-04-25", "objections", "无异议"));
        ok(step(id, township, "TOWNSHIP_REVIEW", "approve", true, "opinion", "同意"));
        at(2022, 4, 27);
        ok(step(id, county, "COUNTY_APPROVAL", "approve", true, "opinion", "同意纳入", "category", "UNSTABLE",
                "riskTypes", List.of("ILLNESS")));
        at(2022, 4, 28);
        ApiClient.Answer announced = ok(step(id, county, "ANNOUNCEMENT"));
        assertThat((String) announced.read("$.state")).isEqualTo("ANNOUNCED");
        assertThat((Boolean) announced.read("$.deadlines.overallExceeded")).isFalse();
        assertThat((String) clerk.get("/api/households/" + household).read("$.monitoringStatus")).isEqualTo("RISK_ACTIVE");

        // Announced on Thursday 2022-04-28: five working days skip the 04-30..05-04 holiday and count the 调休 Saturday
        // 05-07, so the contact persons are due 05-09 (five weekdays would have given 05-05). Measures: 10 calendar days.
        ApiClient.Answer plan = ok(clerk.get("/api/households/" + household + "/plan/checks"));
        assertThat((String) plan.read("$.contactDue")).isEqualTo("2022-05-09");
        assertThat((String) plan.read("$.measuresDue")).isEqualTo("2022-05-08");

        at(2022, 5, 6);
        int planVersion = clerk.get("/api/households/" + household + "/plan").read("$.plan.version");
        ApiClient.Answer measure = clerk.post("/api/households/" + household + "/plan/measures", body(planVersion,
                "category", "EMPLOYMENT", "item", "公益性岗位以外的就近务工推荐", "startOn", "2022-05-06",
                "status", "IN_PROGRESS", "responsibleUnit", "区人社局", "riskTypes", List.of("ILLNESS")));
        assertThat(measure.status()).as(measure.body()).isEqualTo(201);
        long measureId = ((Number) measure.read("$.id")).longValue();
        ApiClient.Answer health = clerk.post("/api/households/" + household + "/plan/measures", body(planVersion + 1,
                "category", "HEALTH", "item", "大病保险和医疗救助", "startOn", "2022-05-06", "status", "DELIVERED",
                "responsibleUnit", "区医保局", "riskTypes", List.of("ILLNESS"), "amount", 12000));
        assertThat(health.status()).as(health.body()).isEqualTo(201);

        at(2022, 5, 9);
        for (String kind : List.of("EXISTING", "MONITORING")) {
            ApiClient.Answer assigned = clerk.post("/api/households/" + household + "/contact-persons", Map.of(
                    "name", "EXISTING".equals(kind) ? "孙帮扶" : "周联系", "unit", "宋疃镇人民政府", "kind", kind,
                    "phone", "13900001234", "startOn", "2022-05-09"));
            assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
        }
        ApiClient.Answer checks = ok(clerk.get("/api/households/" + household + "/plan/checks"));
        assertThat((List<String>) checks.read("$.checks[?(@.code == 'CONTACT_PERSON')].result")).containsOnly("MET");
        assertThat((List<String>) checks.read("$.checks[?(@.code == 'MEASURES_DUE')].result")).containsOnly("MET");

        at(2022, 6, 15);
        List<Integer> versions = clerk.get("/api/households/" + household + "/plan")
                .read("$.plan.measures[?(@.id == " + measureId + ")].version");
        int mv = versions.get(0);
        ApiClient.Answer delivered = clerk.put("/api/measures/" + measureId, body(mv, "category", "EMPLOYMENT",
                "item", "公益性岗位以外的就近务工推荐", "startOn", "2022-05-06", "status", "DELIVERED",
                "deliveredOn", "2022-06-15", "responsibleUnit", "区人社局", "riskTypes", List.of("ILLNESS")));
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        assertThat((Boolean) clerk.get("/api/households/" + household + "/plan/checks").read("$.developmentDelivered"))
                .as("已实施开发式帮扶").isTrue();

        // Six months of registered income above 7,000 元 a head a year (2,000 元 a month for two people = 12,000).
        at(2022, 11, 1);
        for (int month = 5; month <= 10; month++) {
            ApiClient.Answer r = clerk.post("/api/households/" + household + "/income-registrations", Map.of(
                    "period", "2022-%02d".formatted(month), "netIncome", 2000, "memberCount", 2, "note", "务工收入"));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        ApiClient.Answer eligibility = ok(clerk.get("/api/households/" + household + "/eligibility?method=ASSISTED"));
        assertThat((Boolean) eligibility.read("$.blocked")).as(eligibility.body()).isFalse();
        assertThat((List<String>) eligibility.read("$.reasons[?(@.code == 'MONTHS_SINCE_IDENTIFICATION')].verdict"))
                .containsOnly("PASS");

        ApiClient.Answer proposed = clerk.post("/api/eliminations", Map.of("householdId", household, "method", "ASSISTED",
                "rigidSpendingResolved", true, "guaranteesSecure", true, "note", "务工收入稳定，医疗费用已报销",
                "comment", "拟标注风险消除"));
        assertThat(proposed.status()).as(proposed.body()).isIn(200, 201);
        long elimination = ((Number) proposed.read("$.id")).longValue();
        at(2022, 11, 2);
        ok(elim(elimination, clerk, "HOME_CHECK", "findings", "务工收入稳定，住房饮水安全"));
        at(2022, 11, 3);
        ok(elim(elimination, clerk, "DEMOCRATIC_REVIEW", "meetingType", "ENLARGED_COMMITTEES", "votesFor", 5,
                "votesAgainst", 0, "minutes", "同意标注风险消除"));
        at(2022, 11, 9);
        ok(elim(elimination, clerk, "PUBLICITY", "start", "2022-11-03", "end", "2022-11-08", "objections", "无异议"));
        ok(elim(elimination, township, "TOWNSHIP_REVIEW", "approve", true, "opinion", "同意"));
        at(2022, 11, 10);
        ok(elim(elimination, county, "COUNTY_APPROVAL", "approve", true, "opinion", "同意"));
        ApiClient.Answer eliminated = ok(elim(elimination, county, "ANNOUNCEMENT"));
        assertThat((String) eliminated.read("$.state")).isEqualTo("ANNOUNCED");
        assertThat((String) clerk.get("/api/households/" + household).read("$.monitoringStatus")).isEqualTo("RISK_ELIMINATED");
        assertThat((List<String>) clerk.get("/api/households/" + household + "/plan").read("$.plan.measures[*].status"))
                .as("the record stays; measures are not touched").containsExactlyInAnyOrder("DELIVERED", "DELIVERED");

        // December: the illness returns and the income with it is gone; the county approves the written rollback.
        at(2022, 12, 5);
        ApiClient.Answer request = clerk.post("/api/eliminations/requests", Map.of("householdId", household,
                "kind", "ROLLBACK", "reasonCode", "UNSTABLE", "reasons", "户主旧病复发，停工两月，收入不稳定",
                "document", "宋疃镇〔2022〕回退申请第 3 号"));
        assertThat(request.status()).as(request.body()).isIn(200, 201);
        long requestId = ((Number) request.read("$.id")).longValue();
        int rv = request.read("$.version");
        ok(county.post("/api/eliminations/requests/" + requestId + "/decision", Map.of("version", rv, "approve", true,
                "opinion", "同意回退")));
        assertThat((String) clerk.get("/api/households/" + household).read("$.monitoringStatus")).isEqualTo("RISK_ACTIVE");

        ApiClient.Answer history = ok(clerk.get("/api/households/" + household + "/monitoring-history"));
        assertThat((List<String>) history.read("$.entries[*].kind")).as(history.body())
                .containsSubsequence("IDENTIFICATION", "ELIMINATION", "ROLLBACK");
    }

    /**
     * July 2022 floods: the village opens the case with 绿色通道, assistance starts the same day before any approval,
     * the procedure is completed afterwards, and the case stays marked as such. A step left undone is overdue after
     * the nightly sweep and counted for the township.
     */
    @Test
    void greenChannelHelpsFirstAndCompletesTheProcedureAfterwards() {
        at(2022, 7, 11);
        long household = household("孙受灾");
        long clue = clue(household, "7 月 10 日洪涝，房屋倒塌");
        ApiClient.Answer opened = clerk.post("/api/cases", Map.of("householdId", household, "clueId", clue,
                "comment", "洪灾，事实清楚", "greenChannel", Map.of("riskTypes", List.of("DISASTER"),
                        "reason", "7 月 10 日洪涝致房屋倒塌，村民公认，先行救助")));
        assertThat(opened.status()).as(opened.body()).isIn(200, 201);
        long id = ((Number) opened.read("$.id")).longValue();
        assertThat((Boolean) opened.read("$.greenChannel")).isTrue();

        // Before any step of the procedure: the plan exists, its clocks run from today, and a measure is delivered.
        ApiClient.Answer plan = ok(clerk.get("/api/households/" + household + "/plan"));
        assertThat((String) plan.read("$.plan.startedOn")).isEqualTo("2022-07-11");
        assertThat((String) plan.read("$.plan.contactDue")).as("five working days").isEqualTo("2022-07-18");
        int pv = plan.read("$.plan.version");
        ApiClient.Answer relief = clerk.post("/api/households/" + household + "/plan/measures", body(pv,
                "category", "SOCIAL_PROTECTION", "item", "临时救助", "startOn", "2022-07-11", "status", "DELIVERED",
                "amount", 5000, "responsibleUnit", "区民政局", "riskTypes", List.of("DISASTER")));
        assertThat(relief.status()).as(relief.body()).isEqualTo(201);
        assertThat((String) clerk.get("/api/cases/" + id).read("$.state")).as("the procedure has not moved")
                .isEqualTo("OPENED");

        // The village is late with the home check (2 calendar days): after the sweep the case is overdue and counted.
        ok(step(id, clerk, "APPLICATION", "commitmentSigned", true, "authorisationSigned", true, "evidence", "承诺书.jpg"));
        at(2022, 7, 15);
        sweep.run();
        ApiClient.Answer counts = ok(township.get("/api/cases/deadline-counts?region=" + LieshanDistrict.TOWNSHIP));
        assertThat((List<Integer>) counts.read("$[?(@.regionCode == '" + LieshanDistrict.VILLAGE + "')].overdue"))
                .as(counts.body()).allMatch(n -> n >= 1);
        assertThat((List<Integer>) counts.read("$[?(@.regionCode == '" + LieshanDistrict.VILLAGE + "')].greenChannel"))
                .allMatch(n -> n >= 1);

        ok(step(id, clerk, "HOME_CHECK", "findings", "房屋倒塌，已安置在亲戚家"));
        ok(step(id, clerk, "DEMOCRATIC_REVIEW", "meetingType", "VILLAGERS_MEETING", "attendees", meeting(),
                "votesFor", 5, "votesAgainst", 0, "minutes", "同意纳入"));
        ok(step(id, clerk, "DATA_COMPARISON", "vehicles", "无", "housing", "无", "businessRegistration", "无",
                "publicEmployee", "无"));
        at(2022, 7, 21);
        ok(step(id, clerk, "PUBLICITY", "start", "2022-07-15", "end", "2022-07-20", "objections", "无"));
        ok(step(id, township, "TOWNSHIP_REVIEW", "approve", true, "opinion", "同意"));
        ok(step(id, county, "COUNTY_APPROVAL", "approve", true, "opinion", "同意", "category", "SUDDEN",
                "categoryReason", "洪灾致房屋倒塌，生活严重困难", "riskTypes", List.of("DISASTER")));
        ok(step(id, county, "ANNOUNCEMENT"));
        assertThat((List<Object>) clerk.get("/api/cases?greenChannel=true&region=" + LieshanDistrict.VILLAGE)
                .read("$[?(@.id == " + id + ")].greenChannel")).containsExactly(true);
        ApiClient.Answer after = ok(clerk.get("/api/households/" + household + "/plan"));
        assertThat((String) after.read("$.plan.startedOn")).as("the same plan goes on").isEqualTo("2022-07-11");
        assertThat((List<String>) after.read("$.plan.measures[*].item")).containsExactly("临时救助");
    }

    long household(String head) {
        String no = Ids.householdNo();
        ApiClient.Answer a = clerk.post("/api/households", Households.household(no, LieshanDistrict.VILLAGE, List.of(
                Households.member(head, Ids.unique("1968-03-15", true), "HEAD"),
                Households.member("钱秀", Ids.unique("1970-06-20", false), "SPOUSE"))));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return ((Number) a.read("$.id")).longValue();
    }

    long clue(long household, String reason) {
        String ref = "medical:" + UUID.randomUUID().toString().substring(0, 8);
        return clues.raise(new ClueSignal(LieshanDistrict.VILLAGE, household, null, null, Channel.DEPARTMENT,
                "区医保局", ref, null, reason, Map.of(), LocalDate.now(clock), ref)).clueId();
    }

    void decide(long clue, String outcome) {
        int v = clerk.get("/api/clues/" + clue).read("$.version");
        ok(clerk.post("/api/clues/" + clue + "/decision", Map.of("outcome", outcome, "version", v)));
    }

    long caseOf(long household) {
        ApiClient.Answer list = ok(clerk.get("/api/cases?household=" + household));
        return ((Number) ((List<?>) list.read("$[*].id")).get(0)).longValue();
    }

    ApiClient.Answer step(long id, ApiClient who, String step, Object... kv) {
        int v = clerk.get("/api/cases/" + id).read("$.version");
        return who.post("/api/cases/" + id + "/steps/" + step, body(v, kv));
    }

    ApiClient.Answer elim(long id, ApiClient who, String step, Object... kv) {
        int v = clerk.get("/api/eliminations/" + id).read("$.version");
        return who.post("/api/eliminations/" + id + "/steps/" + step, body(v, kv));
    }

    void at(int year, int month, int day) {
        clock.set(ZonedDateTime.of(year, month, day, 10, 0, 0, 0, MovableClock.SHANGHAI));
    }

    static Map<String, Object> body(int version, Object... kv) {
        Map<String, Object> m = new HashMap<>();
        m.put("version", version);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static List<Map<String, Object>> meeting() {
        return List.of(Map.of("name", "张组长", "role", "GROUP_LEADER"), Map.of("name", "李网格", "role", "GRID_WORKER"),
                Map.of("name", "王书记", "role", "VILLAGE_CADRE"), Map.of("name", "陈代表", "role", "REPRESENTATIVE"),
                Map.of("name", "刘代表", "role", "REPRESENTATIVE"));
    }

    static ApiClient.Answer ok(ApiClient.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a;
    }
}
