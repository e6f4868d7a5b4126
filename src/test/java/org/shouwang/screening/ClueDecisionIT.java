package org.shouwang.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.screening.ClueInboxIT.decision;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The village decides a clue once, with a reason where one is owed, and the channels hear of it. */
@IntegrationTest
@Import(FixedDay.class)
class ClueDecisionIT {

    @LocalServerPort
    int port;

    @Autowired
    Clues clues;

    @Autowired
    DecidedEvents decided;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient clerk1;

    @BeforeEach
    void login() {
        clerk1 = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
    }

    private long[] openClue(String head) {
        long household = Households.create(clerk1, TestCounty.VILLAGE_1, head);
        ClueSignal first = InboxFixture.medicalCost(TestCounty.VILLAGE_1, household, FixedDay.TODAY);
        long clue = clues.raise(first).clueId();
        clues.raise(InboxFixture.selfDeclaration(TestCounty.VILLAGE_1, household, FixedDay.TODAY));
        return new long[] {clue, household};
    }

    private int version(long clue) {
        return clerk1.get("/api/clues/" + clue).read("$.version");
    }

    private String url(long clue) {
        return "/api/clues/" + clue + "/decision";
    }

    @Test
    void notIncludedNeedsAReasonFromTheListAndANoteAndTellsEverySender() {
        long clue = openClue("蒋不纳")[0];
        int v = version(clue);
        ApiClient.Answer missing = clerk1.post(url(clue), decision("NOT_INCLUDED", null, "  ", v));
        assertThat(missing.status()).isEqualTo(422);
        assertThat((List<String>) missing.read("$.errors[*].code")).containsExactlyInAnyOrder("REASON_REQUIRED", "NOTE_REQUIRED");
        ApiClient.Answer unknown = clerk1.post(url(clue), decision("NOT_INCLUDED", "家里有矿", "核实", v));
        assertThat((List<String>) unknown.read("$.errors[*].code")).containsExactly("REASON_UNKNOWN");
        ApiClient.Answer otherWithoutNote = clerk1.post(url(clue), decision("NOT_INCLUDED", "OTHER", null, v));
        assertThat((List<String>) otherWithoutNote.read("$.errors[*].field")).containsExactly("note");
        assertThat((String) otherWithoutNote.read("$.errors[0].message")).contains("其他");
        assertThat(decided.of(clue)).isEmpty();

        ApiClient.Answer ok = clerk1.post(url(clue), decision("NOT_INCLUDED", "INCOME_ABOVE_RANGE",
                "入户核实：家庭年人均纯收入 2.1 万元，务工收入稳定，三保障无问题。", v));
        assertThat(ok.status()).isEqualTo(200);
        assertThat((String) ok.read("$.clue.status")).isEqualTo("DECIDED");
        assertThat((String) ok.read("$.clue.outcomeLabel")).isEqualTo("不予纳入");
        assertThat((String) ok.read("$.reasonLabel")).isEqualTo("收入稳定且高于监测范围");
        assertThat((String) ok.read("$.decidedBy")).isEqualTo("t-clerk1");
        assertThat((String) ok.read("$.clue.decidedAt")).isEqualTo(FixedDay.NOW.toInstant().toString());
        assertThat((Boolean) ok.read("$.decidable")).isFalse();
        assertThat((Integer) ok.read("$.version")).isEqualTo(v + 1);
        assertThat((List<String>) ok.read("$.events[*].statusBefore")).containsExactly("OPEN");
        assertThat((List<String>) ok.read("$.events[*].statusAfter")).containsExactly("DECIDED");
        assertThat((List<String>) ok.read("$.events[*].actor")).containsExactly("t-clerk1");

        List<ClueDecided> events = decided.of(clue);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).outcome()).isEqualTo(ClueOutcome.NOT_INCLUDED);
        assertThat(events.get(0).reasonLabel()).isEqualTo("收入稳定且高于监测范围");
        assertThat(events.get(0).sourceRefs()).hasSize(2).anyMatch(r -> r.startsWith("feed-row:"))
                .anyMatch(r -> r.startsWith("declaration:"));

        assertThat((Integer) clerk1.get("/api/clues?status=DECIDED&household=" + openClueHousehold(clue)).read("$.total")).isEqualTo(1);
    }

    private long openClueHousehold(long clue) {
        return jdbc.queryForObject("select household_id from risk_clue where id = ?", Long.class, clue);
    }

    @Test
    void aClueIsDecidedOnceAndOnlyOnTheVersionTheUserSaw() {
        long[] opened = openClue("沈二次");
        long clue = opened[0];
        int seen = version(clue);
        // A new report arrives while the clerk reads the clue: the decision on what they saw is refused.
        clues.raise(InboxFixture.selfDeclaration(TestCounty.VILLAGE_1, opened[1], FixedDay.TODAY));
        ApiClient.Answer stale = clerk1.post(url(clue), decision("START_IDENTIFICATION", null, null, seen));
        assertThat(stale.status()).isEqualTo(409);
        assertThat((String) stale.read("$.code")).isEqualTo("CLUE_CHANGED");
        assertThat((Integer) clerk1.get("/api/clues/" + clue).read("$.signals.length()")).isEqualTo(3);
        ApiClient.Answer noVersion = clerk1.post(url(clue), decision("START_IDENTIFICATION", null, null, null));
        assertThat((String) noVersion.read("$.code")).isEqualTo("CLUE_CHANGED");

        ApiClient township = ApiClient.loggedIn(port, "t-township", TestCounty.PASSWORD);
        ApiClient.Answer started = township.post(url(clue), decision("START_IDENTIFICATION", null, "先行帮扶", version(clue)));
        assertThat(started.status()).isEqualTo(200);
        assertThat((String) started.read("$.clue.outcome")).isEqualTo("START_IDENTIFICATION");
        assertThat((String) started.read("$.note")).isEqualTo("先行帮扶");

        ApiClient.Answer again = clerk1.post(url(clue), decision("NOT_INCLUDED", "DUPLICATE", "重复", version(clue)));
        assertThat(again.status()).isEqualTo(409);
        assertThat((String) again.read("$.code")).isEqualTo("CLUE_ALREADY_DECIDED");
        assertThat(decided.of(clue)).hasSize(1);
        assertThat(decided.of(clue).get(0).outcome()).isEqualTo(ClueOutcome.START_IDENTIFICATION);
        assertThat(decided.of(clue).get(0).reasonLabel()).isNull();
    }

    @Test
    void alreadyMonitoredIsAcceptedOnlyForAHouseholdInMonitoring() {
        long[] notMonitored = openClue("韩未监");
        ApiClient.Answer refused = clerk1.post(url(notMonitored[0]), decision("ALREADY_MONITORED", null, null, version(notMonitored[0])));
        assertThat(refused.status()).isEqualTo(422);
        assertThat((String) refused.read("$.errors[0].code")).isEqualTo("NOT_MONITORED");
        assertThat((String) refused.read("$.errors[0].message")).contains("未纳入监测");

        long[] eliminated = openClue("杨已消");
        jdbc.update("update household set monitoring_status = 'RISK_ELIMINATED' where id = ?", eliminated[1]);
        assertThat((String) clerk1.post(url(eliminated[0]), decision("ALREADY_MONITORED", null, null, version(eliminated[0])))
                .read("$.errors[0].message")).contains("风险再标注");

        long[] monitored = openClue("朱在监");
        jdbc.update("update household set monitoring_status = 'RISK_ACTIVE' where id = ?", monitored[1]);
        ApiClient.Answer ok = clerk1.post(url(monitored[0]), decision("ALREADY_MONITORED", null, null, version(monitored[0])));
        assertThat(ok.status()).isEqualTo(200);
        assertThat((String) ok.read("$.clue.outcomeLabel")).isEqualTo("已是监测对象");
        assertThat((String) ok.read("$.monitoringStatusLabel")).isEqualTo("风险未消除");
        assertThat(decided.of(monitored[0])).hasSize(1);
    }

    @Test
    void hostileOrMalformedInputIsRefusedWithACode() {
        long clue = openClue("秦恶意")[0];
        ApiClient.Answer script = clerk1.post(url(clue), decision("NOT_INCLUDED", "UNTRUE", "<script>alert(1)</script>", 0));
        assertThat(script.status()).isEqualTo(422);
        assertThat((List<String>) script.read("$.errors[*].code")).containsExactly("NOTE_CHARS");
        ApiClient.Answer control = clerk1.post(url(clue), decision("NOT_INCLUDED", "UNTRUE", "核实\u0000无误", 0));
        assertThat((List<String>) control.read("$.errors[*].code")).containsExactly("NOTE_CHARS");
        ApiClient.Answer tooLong = clerk1.post(url(clue), decision("NOT_INCLUDED", "UNTRUE", "长".repeat(501), 0));
        assertThat((List<String>) tooLong.read("$.errors[*].code")).containsExactly("NOTE_TOO_LONG");
        ApiClient.Answer sql = clerk1.post(url(clue), decision("NOT_INCLUDED", "UNTRUE'; drop table risk_clue; --", "x", 0));
        assertThat((List<String>) sql.read("$.errors[*].code")).containsExactly("REASON_UNKNOWN");
        ApiClient.Answer noOutcome = clerk1.post(url(clue), decision(null, null, null, 0));
        assertThat((List<String>) noOutcome.read("$.errors[*].code")).containsExactly("OUTCOME_REQUIRED");
        ApiClient.Answer badOutcome = clerk1.post(url(clue), decision("APPROVE", null, null, 0));
        assertThat((List<String>) badOutcome.read("$.errors[*].code")).containsExactly("OUTCOME_UNKNOWN");
        ApiClient.Answer notJson = clerk1.postRaw(url(clue), "application/json", "{\"outcome\":".getBytes());
        assertThat(notJson.status()).isEqualTo(400);
        assertThat((String) notJson.read("$.code")).isEqualTo("MALFORMED_REQUEST");
        ApiClient.Answer wrongType = clerk1.post(url(clue), java.util.Map.of("outcome", "NOT_INCLUDED", "version", "abc"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(clerk1.post("/api/clues/abc/decision", decision("START_IDENTIFICATION", null, null, 0)).status()).isEqualTo(400);
        assertThat(clerk1.post("/api/clues/999999999/decision", decision("START_IDENTIFICATION", null, null, 0)).status()).isEqualTo(404);
        assertThat((String) clerk1.get("/api/clues?status=MAYBE").read("$.code")).isEqualTo("BAD_FILTER");
        assertThat((String) clerk1.get("/api/clues?channel=%3Cscript%3E").read("$.code")).isEqualTo("BAD_FILTER");
        assertThat(clerk1.get("/api/clues?page=-5&size=100000").status()).isEqualTo(200);
        assertThat(clerk1.get("/api/clues?region=%27%20or%201%3D1").read("$.total").toString()).isEqualTo("0");
        assertThat((String) clerk1.get("/api/clues/" + clue).read("$.clue.status")).isEqualTo("OPEN");
        assertThat(decided.of(clue)).isEmpty();
    }
}
