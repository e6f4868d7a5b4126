package org.shouwang.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Visits (走访, issue 3 point 7) through the HTTP API: who may record them, where, what they store and which raise clues. */
@IntegrationTest
class VisitApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now();

    private ApiClient as(String user) {
        return ApiClient.loggedIn(port, user, TestCounty.PASSWORD);
    }

    private long household(String village, String head) {
        return Households.create(as("t-admin"), village, head);
    }

    /** An unremarkable in-person visit: nothing found, no clue. */
    static Map<String, Object> visit(LocalDate date) {
        Map<String, Object> v = new HashMap<>();
        v.put("mode", "IN_PERSON");
        v.put("visitDate", date.toString());
        v.put("householdReached", true);
        v.put("findings", "家中情况正常，春耕已完成");
        v.put("incomeChange", "NONE");
        v.put("guaranteeGaps", List.of());
        v.put("riskTypes", List.of());
        v.put("raiseClue", false);
        return v;
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... keyValues) {
        Map<String, Object> m = new HashMap<>(base);
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private long visitCount(long household) {
        return jdbc.sql("select count(*) from visit where household_id = ?").param(household).query(Long.class).single();
    }

    @Test
    void aGridWorkerRecordsAnOrdinaryVisitInTheirVillageAndNoClueIsRaised() {
        long h = household(TestCounty.VILLAGE_1, "走访甲");
        ApiClient.Answer a = as("t-grid1").post("/api/households/" + h + "/visits", visit(today));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat((Boolean) a.read("$.clueRaised")).isFalse();
        assertThat((Object) a.read("$.clueId")).isNull();
        assertThat((String) a.read("$.visitorUsername")).isEqualTo("t-grid1");
        assertThat((String) a.read("$.visitorRoleLabel")).isEqualTo("网格员");
        assertThat((String) a.read("$.modeLabel")).isEqualTo("入户走访");
        assertThat((String) a.read("$.headName")).isEqualTo("走访甲");
        assertThat((String) a.read("$.villageName")).isEqualTo("东村");
        long id = ((Number) a.read("$.id")).longValue();
        Map<String, Object> row = jdbc.sql("select * from visit where id = ?").param(id).query().singleRow();
        assertThat(row).containsEntry("household_id", h).containsEntry("region_code", TestCounty.VILLAGE_1)
                .containsEntry("mode", "IN_PERSON").containsEntry("findings", "家中情况正常，春耕已完成")
                .containsEntry("raise_clue", false);
        assertThat(row.get("clue_id")).isNull();
        assertThat(jdbc.sql("select count(*) from risk_clue where household_id = ?").param(h).query(Long.class).single())
                .isZero();
    }

    @Test
    void aHousingProblemRaisesACadreVisitClueAndASecondVisitJoinsTheSameOpenClue() {
        long h = household(TestCounty.VILLAGE_1, "走访乙");
        ApiClient grid = as("t-grid1");
        ApiClient.Answer first = grid.post("/api/households/" + h + "/visits", with(visit(today.minusDays(2)),
                "guaranteeGaps", List.of("HOUSING"), "riskTypes", List.of("DISASTER"), "findings", "雨后房屋墙体开裂"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat((Boolean) first.read("$.clueRaised")).isTrue();
        long visitId = ((Number) first.read("$.id")).longValue();
        long clueId = ((Number) first.read("$.clueId")).longValue();

        Map<String, Object> clue = jdbc.sql("select * from risk_clue where id = ?").param(clueId).query().singleRow();
        assertThat(clue).containsEntry("household_id", h).containsEntry("region_code", TestCounty.VILLAGE_1)
                .containsEntry("status", "OPEN");
        Map<String, Object> signal = jdbc.sql("select * from clue_signal where clue_id = ?").param(clueId).query().singleRow();
        assertThat(signal).containsEntry("channel", "CADRE_VISIT").containsEntry("source_ref", "visit:" + visitId)
                .containsEntry("dedup_key", "visit:" + visitId);
        assertThat((String) signal.get("reason")).contains("住房安全问题").contains("因灾");
        assertThat((String) signal.get("source")).isEqualTo("走访 · t-grid1 · " + today.minusDays(2) + " · 入户走访");
        assertThat(signal.get("raised_on").toString()).isEqualTo(today.minusDays(2).toString());
        assertThat(jdbc.sql("select clue_id from visit where id = ?").param(visitId).query(Long.class).single()).isEqualTo(clueId);

        // A sharp income fall by phone a day later: one household, one open clue, now with two signals.
        ApiClient.Answer second = grid.post("/api/households/" + h + "/visits", with(visit(today.minusDays(1)),
                "mode", "PHONE", "incomeChange", "SHARP_FALL", "incomeChangeAmount", 4800));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(((Number) second.read("$.clueId")).longValue()).isEqualTo(clueId);
        assertThat(jdbc.sql("select count(*) from risk_clue where household_id = ?").param(h).query(Long.class).single())
                .isEqualTo(1);
        List<String> reasons = jdbc.sql("select reason from clue_signal where clue_id = ? order by id").param(clueId)
                .query(String.class).list();
        assertThat(reasons).hasSize(2);
        assertThat(reasons.get(1)).contains("收入明显下降（估计年收入减少 4800.00 元）");
    }

    @Test
    void theVisitorsSwitchAloneRaisesAClueAndNeedsAReason() {
        long h = household(TestCounty.VILLAGE_1, "走访丙");
        ApiClient grid = as("t-grid1");
        ApiClient.Answer noReason = grid.post("/api/households/" + h + "/visits", with(visit(today), "raiseClue", true));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat((List<String>) noReason.read("$.errors[*].code")).containsExactly("CLUE_REASON_REQUIRED");

        ApiClient.Answer a = grid.post("/api/households/" + h + "/visits",
                with(visit(today), "raiseClue", true, "clueReason", "户主突发脑梗住院，医疗费用较大"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat((Boolean) a.read("$.clueRaised")).isTrue();
        String reason = jdbc.sql("select reason from clue_signal where source_ref = ?").param("visit:" + a.read("$.id"))
                .query(String.class).single();
        assertThat(reason).isEqualTo("走访人上报：户主突发脑梗住院，医疗费用较大");
    }

    @Test
    void nobodyRecordsVisitsOutsideTheirScopeAndInspectorsOnlyRead() {
        long east = household(TestCounty.VILLAGE_1, "走访丁");
        long south = household(TestCounty.VILLAGE_2, "走访戊");

        ApiClient.Answer grid = as("t-grid1").post("/api/households/" + south + "/visits", visit(today));
        assertThat(grid.status()).isEqualTo(404);
        assertThat((String) grid.read("$.code")).isEqualTo("NOT_FOUND");
        assertThat(as("t-grid1").get("/api/households/" + south + "/visits").status()).isEqualTo(404);
        assertThat(as("t-clerk2").post("/api/households/" + east + "/visits", visit(today)).status()).isEqualTo(404);
        assertThat(as("t-grid1").post("/api/households/999999999/visits", visit(today)).status()).isEqualTo(404);

        ApiClient.Answer inspector = as("t-inspector").post("/api/households/" + east + "/visits", visit(today));
        assertThat(inspector.status()).isEqualTo(403);
        assertThat((String) inspector.read("$.code")).isEqualTo("VISIT_FORBIDDEN");
        assertThat(visitCount(east)).isZero();
        assertThat(visitCount(south)).isZero();

        assertThat(as("t-clerk2").post("/api/households/" + south + "/visits", visit(today)).status()).isEqualTo(201);
        assertThat(as("t-inspector").get("/api/households/" + south + "/visits").status()).isEqualTo(200);
        assertThat(as("t-inspector").get("/api/visits/options").<Boolean>read("$.canRecord")).isFalse();
        assertThat(as("t-grid1").get("/api/visits/options").<Boolean>read("$.canRecord")).isTrue();
    }

    @Test
    void badInputIsRefusedWithAStableCodeAndNothingIsStored() {
        long h = household(TestCounty.VILLAGE_1, "走访己");
        ApiClient grid = as("t-grid1");
        String path = "/api/households/" + h + "/visits";
        Map<Map<String, Object>, String> cases = new java.util.LinkedHashMap<>();
        cases.put(with(visit(today.plusDays(1))), "VISIT_DATE_FUTURE");
        cases.put(with(visit(today.minusDays(91))), "VISIT_DATE_TOO_OLD");
        cases.put(with(visit(today), "visitDate", "2026-13-01"), "VISIT_DATE_FORMAT");
        cases.put(with(visit(today), "visitDate", null), "VISIT_DATE_REQUIRED");
        cases.put(with(visit(today), "mode", "CARRIER_PIGEON"), "MODE_UNKNOWN");
        cases.put(with(visit(today), "mode", null), "MODE_REQUIRED");
        cases.put(with(visit(today), "householdReached", null), "REACHED_REQUIRED");
        cases.put(with(visit(today), "findings", "情".repeat(1001)), "FINDINGS_TOO_LONG");
        cases.put(with(visit(today), "findings", "  "), "FINDINGS_REQUIRED");
        cases.put(with(visit(today), "findings", "<script>alert(1)</script>"), "FINDINGS_CHARS");
        cases.put(with(visit(today), "findings", "正常\u0000"), "FINDINGS_CHARS");
        cases.put(with(visit(today), "incomeChange", "SHARP_FALL", "incomeChangeAmount", -500), "AMOUNT_NOT_POSITIVE");
        cases.put(with(visit(today), "incomeChange", "SHARP_FALL", "incomeChangeAmount", 5e9), "AMOUNT_TOO_LARGE");
        cases.put(with(visit(today), "incomeChange", "SHARP_FALL", "incomeChangeAmount", 12.345), "AMOUNT_SCALE");
        cases.put(with(visit(today), "incomeChangeAmount", 300), "AMOUNT_WITHOUT_CHANGE");
        cases.put(with(visit(today), "incomeChange", "LOTTERY"), "INCOME_CHANGE_UNKNOWN");
        cases.put(with(visit(today), "guaranteeGaps", List.of("HOUSING", "'; drop table visit; --")), "CODE_UNKNOWN");
        cases.put(with(visit(today), "riskTypes", java.util.Collections.nCopies(50, "ILLNESS")), "LIST_TOO_LONG");
        cases.put(with(visit(today), "raiseClue", true, "clueReason", "<img src=x onerror=alert(1)>"), "CLUE_REASON_CHARS");
        cases.put(with(visit(today), "correctsVisitId", -3), "CORRECTS_INVALID");
        cases.forEach((body, code) -> {
            ApiClient.Answer a = grid.post(path, body);
            assertThat(a.status()).as(code + ": " + a.body()).isEqualTo(400);
            assertThat((String) a.read("$.code")).isEqualTo("VALIDATION_FAILED");
            assertThat((List<String>) a.read("$.errors[*].code")).as(a.body()).containsExactly(code);
            assertThat((String) a.read("$.errors[0].message")).isNotBlank();
        });

        // Several problems at once are all reported.
        ApiClient.Answer many = grid.post(path, with(visit(today.plusDays(3)), "mode", "X", "findings", ""));
        assertThat((List<String>) many.read("$.errors[*].code"))
                .containsExactlyInAnyOrder("MODE_UNKNOWN", "VISIT_DATE_FUTURE", "FINDINGS_REQUIRED");

        for (String raw : List.of("{\"mode\": \"PHONE\", ", "not json", "[1,2]", "{\"raiseClue\": \"perhaps\"}",
                "{\"incomeChangeAmount\": \"lots\"}", "{\"guaranteeGaps\": \"HOUSING\"}")) {
            ApiClient.Answer a = grid.postRaw(path, "application/json", raw.getBytes(StandardCharsets.UTF_8));
            assertThat(a.status()).as(raw + " -> " + a.body()).isEqualTo(400);
            assertThat((String) a.read("$.code")).isEqualTo("MALFORMED_REQUEST");
        }
        ApiClient.Answer gbk = grid.postRaw(path, "application/json; charset=UTF-8",
                "{\"findings\": \"正常".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(gbk.status()).isEqualTo(400);
        assertThat(grid.post("/api/households/abc/visits", visit(today)).status()).isEqualTo(400);
        assertThat(visitCount(h)).isZero();

        // The oldest day still allowed, and SQL-looking text, are stored as typed.
        String sql = "户主说：'; drop table visit; -- 收入\"正常\"";
        ApiClient.Answer ok = grid.post(path, with(visit(today.minusDays(90)), "findings", sql));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat((String) ok.read("$.findings")).isEqualTo(sql);
        assertThat(visitCount(h)).isEqualTo(1);
    }

    @Test
    void listsAreNewestFirstAndScoped() {
        long h = household(TestCounty.VILLAGE_1, "走访庚");
        ApiClient grid = as("t-grid1");
        ApiClient clerk = as("t-clerk1");
        long older = ((Number) grid.post("/api/households/" + h + "/visits", visit(today.minusDays(10))).read("$.id")).longValue();
        long newest = ((Number) clerk.post("/api/households/" + h + "/visits", visit(today)).read("$.id")).longValue();
        long middle = ((Number) grid.post("/api/households/" + h + "/visits", with(visit(today.minusDays(3)), "mode", "NETWORK"))
                .read("$.id")).longValue();

        ApiClient.Answer list = as("t-township").get("/api/households/" + h + "/visits");
        assertThat(list.status()).isEqualTo(200);
        assertThat(((List<Number>) list.read("$[*].id")).stream().map(Number::longValue).toList())
                .containsExactly(newest, middle, older);
        assertThat((List<String>) list.read("$[*].modeLabel")).containsExactly("入户走访", "网络（视频/微信）", "入户走访");

        ApiClient.Answer mine = grid.get("/api/visits/mine?from=" + today.minusDays(30) + "&to=" + today);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        List<Number> mineIds = mine.read("$[*].id");
        assertThat(mineIds.stream().map(Number::longValue).toList()).contains(middle, older).doesNotContain(newest);
        assertThat((List<String>) mine.read("$[*].visitorUsername")).containsOnly("t-grid1");
        assertThat((List<String>) mine.read("$[?(@.householdId == " + h + ")].headName")).containsOnly("走访庚");
        assertThat((List<String>) mine.read("$[?(@.householdId == " + h + ")].villageName")).containsOnly("东村");
        List<Number> lastWeek = grid.get("/api/visits/mine?from=" + today.minusDays(5) + "&to=" + today).read("$[*].id");
        assertThat(lastWeek.stream().map(Number::longValue).toList()).contains(middle).doesNotContain(older);
        assertThat((List<Number>) as("t-clerk2").get("/api/visits/mine").read("$[*].id")).isNotNull()
                .noneMatch(id -> id.longValue() == newest || id.longValue() == middle);

        ApiClient.Answer order = grid.get("/api/visits/mine?from=" + today + "&to=" + today.minusDays(1));
        assertThat(order.status()).isEqualTo(400);
        assertThat((List<String>) order.read("$.errors[*].code")).containsExactly("RANGE_ORDER");
        assertThat((List<String>) grid.get("/api/visits/mine?from=yesterday").read("$.errors[*].code"))
                .containsExactly("DATE_FORMAT");
        assertThat((List<String>) grid.get("/api/visits/mine?from=2020-01-01&to=2026-01-01").read("$.errors[*].code"))
                .containsExactly("RANGE_TOO_LONG");
    }

    @Test
    void aCorrectionIsANewVisitAndTheOriginalStaysAsItWas() {
        long h = household(TestCounty.VILLAGE_1, "走访辛");
        long other = household(TestCounty.VILLAGE_1, "走访壬");
        ApiClient grid = as("t-grid1");
        String path = "/api/households/" + h + "/visits";
        long original = ((Number) grid.post(path, visit(today.minusDays(1))).read("$.id")).longValue();

        ApiClient.Answer fix = grid.post(path, with(visit(today.minusDays(1)), "findings", "更正：户主外出务工，电话联系",
                "mode", "PHONE", "correctsVisitId", original));
        assertThat(fix.status()).as(fix.body()).isEqualTo(201);
        long correction = ((Number) fix.read("$.id")).longValue();
        assertThat(((Number) fix.read("$.correctsVisitId")).longValue()).isEqualTo(original);

        List<Map<String, Object>> list = grid.get(path).read("$");
        Map<String, Object> old = list.stream().filter(v -> ((Number) v.get("id")).longValue() == original).findFirst().orElseThrow();
        assertThat(old.get("findings")).isEqualTo("家中情况正常，春耕已完成");
        assertThat(((Number) old.get("correctedByVisitId")).longValue()).isEqualTo(correction);

        ApiClient.Answer again = grid.post(path, with(visit(today), "correctsVisitId", original));
        assertThat(again.status()).isEqualTo(409);
        assertThat((String) again.read("$.code")).isEqualTo("VISIT_ALREADY_CORRECTED");
        ApiClient.Answer elsewhere = grid.post("/api/households/" + other + "/visits", with(visit(today), "correctsVisitId", correction));
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(as("t-clerk1").post(path, with(visit(today), "correctsVisitId", correction)).status()).isEqualTo(201);
    }
}
