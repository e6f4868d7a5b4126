package org.shouwang.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.intake.internal.RateLimits;
import org.shouwang.screening.ClueDecided;
import org.shouwang.screening.ClueOutcome;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** 农户自主申报 through the public endpoints, as a phone without a login sends it. */
@IntegrationTest
class DeclarationIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RateLimits limits;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    ApiClient clerk;
    ApiClient phone;

    @BeforeEach
    void setUp() {
        // every request of these tests comes from 127.0.0.1: start each test with no counts
        limits.forget("");
        clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        phone = new ApiClient(port);
    }

    @Test
    void aHouseholdCodeShowsTheVillageAndTheHeadsSurnameOnly() {
        long household = Households.create(clerk, TestCounty.VILLAGE_1, "张守田");
        String code = householdCode(clerk, TestCounty.VILLAGE_1, household);

        ApiClient.Answer a = phone.get("/api/public/declare/" + code);

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().read("$", Map.class)).containsOnlyKeys("villageName", "townshipName", "householdCode", "headName");
        assertThat((String) a.read("$.villageName")).isEqualTo("东村");
        assertThat((String) a.read("$.townshipName")).isEqualTo("一号镇");
        assertThat((String) a.read("$.headName")).isEqualTo("张**");
        assertThat((Boolean) a.read("$.householdCode")).isTrue();
        assertThat(phone.get("/api/public/declare/" + code.toLowerCase()).status()).isEqualTo(200);
        assertThat((String) phone.get("/api/public/declare/ABCDEFGHJKLMNPQR").read("$.code")).isEqualTo("CODE_UNKNOWN");
        assertThat(phone.get("/api/public/declare/" + household).status()).isEqualTo(404);
    }

    @Test
    void aDeclarationByAKnownMemberRaisesAClueOnTheirHousehold() {
        long household = Households.create(clerk, TestCounty.VILLAGE_1, "张守田");
        String headId = headIdNumber(household);
        String code = householdCode(clerk, TestCounty.VILLAGE_1, household);

        ApiClient.Answer a = phone.post("/api/public/declarations", form(code, headId, "ILLNESS"));

        assertThat(a.status()).as(a.body()).isEqualTo(201);
        String tracking = a.read("$.trackingCode");
        assertThat(tracking).matches("[2-9A-HJ-NP-Z]{10}");
        assertThat((String) a.read("$.receivedOn")).isEqualTo(LocalDate.now().toString());
        assertThat((String) a.read("$.dueOn")).isNotNull();
        Map<String, Object> clue = jdbc.queryForMap("""
                select c.household_id, c.region_code, s.channel, s.source, s.reason, s.rule_values::text as rule_values
                  from clue_signal s join risk_clue c on c.id = s.clue_id where s.source_ref = ?""", "declaration:" + tracking);
        assertThat(((Number) clue.get("household_id")).longValue()).isEqualTo(household);
        assertThat(clue.get("region_code")).isEqualTo(TestCounty.VILLAGE_1);
        assertThat(clue.get("channel")).isEqualTo("SELF_DECLARATION");
        assertThat(clue.get("source")).isEqualTo("农户自主申报 · 跟踪码 " + tracking);
        assertThat((String) clue.get("reason")).startsWith("农户自主申报：因病（今年住院两次");
        assertThat((String) clue.get("rule_values")).contains("因病", "今年住院两次");
        assertThat(jdbc.queryForObject("select household_id from declaration where tracking_code = ?", Long.class, tracking))
                .isEqualTo(household);
    }

    @Test
    void aPersonNotInTheLedgerGetsAClueInTheVillageOfTheCode() {
        ApiClient admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        String villageCode = admin.get("/api/declaration-codes/sheet?village=" + TestCounty.VILLAGE_1B).read("$.village.code");
        String id = Ids.unique("1980-05-05", false);
        String fifteen = "110105800505" + "002"; // a legacy 15-digit number is converted to 18 digits
        Map<String, Object> body = form(villageCode, fifteen, "DISASTER");
        body.put("name", "阿依古丽·买买提");

        ApiClient.Answer a = phone.post("/api/public/declarations", body);

        assertThat(a.status()).as(a.body()).isEqualTo(201);
        String tracking = a.read("$.trackingCode");
        Map<String, Object> clue = jdbc.queryForMap("""
                select c.household_id, c.region_code, c.subject_name, c.subject_id_number
                  from clue_signal s join risk_clue c on c.id = s.clue_id where s.source_ref = ?""", "declaration:" + tracking);
        assertThat(clue.get("household_id")).isNull();
        assertThat(clue.get("region_code")).isEqualTo(TestCounty.VILLAGE_1B);
        assertThat(clue.get("subject_name")).isEqualTo("阿依古丽·买买提");
        assertThat((String) clue.get("subject_id_number")).hasSize(18).startsWith("11010519800505002");
        assertThat(id).isNotEqualTo(clue.get("subject_id_number"));
    }

    @Test
    void badInputIsRefusedFieldByFieldWithCodes() {
        String code = villageCode();
        String id = Ids.unique("1975-01-01", true);
        String badChecksum = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        assertRefused(with(form(code, badChecksum, "ILLNESS"), "idNumber", badChecksum), "ID_CHECKSUM");
        assertRefused(with(form(code, id, "ILLNESS"), "idNumber", "' OR 1=1 --"), "ID_FORMAT");
        assertRefused(with(form(code, id, "ILLNESS"), "phone", "12345"), "PHONE_FORMAT");
        assertRefused(with(form(code, id, "ILLNESS"), "phone", "1381234567a"), "PHONE_FORMAT");
        assertRefused(with(form(code, id, "ILLNESS"), "name", "' OR 1=1 --"), "NAME_FORMAT");
        assertRefused(with(form(code, id, "ILLNESS"), "name", "张"), "NAME_FORMAT");
        assertRefused(with(form(code, id, "ILLNESS"), "description", "<script>alert(1)</script>"), "DESCRIPTION_CHARACTERS");
        assertRefused(with(form(code, id, "ILLNESS"), "description", "住院\u0000两次"), "DESCRIPTION_CHARACTERS");
        assertRefused(with(form(code, id, "ILLNESS"), "description", "病".repeat(501)), "DESCRIPTION_TOO_LONG");
        assertRefused(with(form(code, id, "ILLNESS"), "description", "   "), "DESCRIPTION_REQUIRED");
        assertRefused(with(form(code, id, "ILLNESS"), "consent", false), "CONSENT_REQUIRED");
        assertRefused(with(form(code, id, "ILLNESS"), "consent", null), "CONSENT_REQUIRED");
        assertRefused(form(code, id, "因病"), "DIFFICULTY_REQUIRED");
        assertRefused(form("ABCDEFGHJKLMNPQR", id, "ILLNESS"), "CODE_UNKNOWN");
        assertRefused(form("'; drop table declaration; --", id, "ILLNESS"), "CODE_UNKNOWN");
        assertThat(jdbc.queryForObject("select count(*) from declaration where id_number = ?", Long.class, id)).isZero();

        limits.forget("declare-ip:");
        ApiClient.Answer malformed = phone.postRaw("/api/public/declarations", "application/json",
                "{\"code\": \"".getBytes(StandardCharsets.UTF_8));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat((String) malformed.read("$.code")).isEqualTo("MALFORMED_REQUEST");
        ApiClient.Answer wrongType = phone.postRaw("/api/public/declarations", "text/plain",
                "name=张三".getBytes(StandardCharsets.UTF_8));
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat((String) wrongType.read("$.code")).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        ApiClient.Answer huge = phone.postRaw("/api/public/declarations", "application/json",
                ("{\"description\":\"" + "x".repeat(20_000) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(huge.status()).isEqualTo(413);
        assertThat((String) huge.read("$.code")).isEqualTo("BODY_TOO_LARGE");
        ApiClient.Answer gbk = phone.postRaw("/api/public/declarations", "application/json",
                ("{\"name\":\"张三\"}").getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(gbk.status()).isEqualTo(400);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        ApiClient.Answer a = RawHttp.post(port, "/api/public/declarations", "application/json",
                "{}".getBytes(StandardCharsets.UTF_8)).answer();
        assertThat(a.status()).isEqualTo(403);
        assertThat((String) a.read("$.code")).isEqualTo("CSRF_INVALID");
    }

    @Test
    void theSameDeclarationWithinADayKeepsItsTrackingCode() {
        String code = villageCode();
        String id = Ids.unique("1968-08-08", true);
        ApiClient.Answer first = phone.post("/api/public/declarations", form(code, id, "UNSAFE_HOUSING"));
        ApiClient.Answer again = phone.post("/api/public/declarations", form(code, id, "UNSAFE_HOUSING"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat((String) again.read("$.trackingCode")).isEqualTo(first.read("$.trackingCode"));
        assertThat(jdbc.queryForObject("select count(*) from declaration where id_number = ?", Long.class, id)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from risk_clue where subject_id_number = ?", Long.class, id)).isOne();
        ApiClient.Answer other = phone.post("/api/public/declarations", form(code, id, "UNSAFE_WATER"));
        assertThat(other.status()).isEqualTo(201);
        assertThat((String) other.read("$.trackingCode")).isNotEqualTo(first.read("$.trackingCode"));
    }

    @Test
    void tooManyDeclarationsFromOneAddressAreRefusedWithRetryAfter() {
        String code = villageCode();
        for (int i = 0; i < 5; i++) {
            assertThat(phone.post("/api/public/declarations", form(code, Ids.unique("1970-01-0" + (i + 1), true), "OTHER"))
                    .status()).isEqualTo(201);
        }
        RawHttp.Reply sixth = RawHttp.post(port, "/api/public/declarations", "application/json",
                phone, form(code, Ids.unique("1970-02-01", true), "OTHER"));

        assertThat(sixth.answer().status()).isEqualTo(429);
        assertThat((String) sixth.answer().read("$.code")).isEqualTo("RATE_LIMITED");
        assertThat((String) sixth.answer().read("$.detail")).contains("10分钟");
        assertThat(Long.parseLong(sixth.retryAfter())).isBetween(1L, 600L);
    }

    @Test
    void oneIdNumberDeclaresAtMostThreeTimesADay() {
        String code = villageCode();
        String id = Ids.unique("1959-09-09", false);
        for (String type : List.of("ILLNESS", "DISABILITY", "EDUCATION")) {
            assertThat(phone.post("/api/public/declarations", form(code, id, type)).status()).isEqualTo(201);
        }
        ApiClient.Answer fourth = phone.post("/api/public/declarations", form(code, id, "ACCIDENT"));
        assertThat(fourth.status()).isEqualTo(429);
        assertThat((String) fourth.read("$.detail")).contains("证件号码");
    }

    @Test
    void theTrackingCodeShowsOnlyTheStatusAndFollowsTheVillagesDecision() {
        long household = Households.create(clerk, TestCounty.VILLAGE_1, "李长根");
        String headId = headIdNumber(household);
        String tracking = phone.post("/api/public/declarations",
                form(householdCode(clerk, TestCounty.VILLAGE_1, household), headId, "ILLNESS")).read("$.trackingCode");

        ApiClient.Answer status = new ApiClient(port).get("/api/public/declarations/" + tracking);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().read("$", Map.class))
                .containsOnlyKeys("status", "statusLabel", "receivedOn", "decidedOn", "outcomeLabel");
        assertThat((String) status.read("$.statusLabel")).isEqualTo("已受理");
        assertThat(status.body()).doesNotContain(headId, "李长根", "13912345678", "住院");
        String typed = tracking.substring(0, 5).toLowerCase() + "-" + tracking.substring(5);
        assertThat(phone.get("/api/public/declarations/" + typed).status()).isEqualTo(200);

        long clueId = jdbc.queryForObject("select clue_id from declaration where tracking_code = ?", Long.class, tracking);
        transactions.executeWithoutResult(t -> events.publishEvent(new ClueDecided(clueId, household,
                ClueOutcome.START_IDENTIFICATION, null, null, List.of("feed-row:1", "declaration:" + tracking))));

        ApiClient.Answer decided = phone.get("/api/public/declarations/" + tracking);
        assertThat((String) decided.read("$.status")).isEqualTo("DECIDED");
        assertThat((String) decided.read("$.statusLabel")).isEqualTo("已办结");
        assertThat((String) decided.read("$.outcomeLabel")).isEqualTo("启动识别认定");
        assertThat((String) decided.read("$.decidedOn")).isEqualTo(LocalDate.now().toString());
    }

    @Test
    void unknownTrackingCodesAllGetTheSameAnswerAndLookupsAreLimited() {
        ApiClient.Answer unknown = phone.get("/api/public/declarations/ABCDEFGHJK");
        ApiClient.Answer malformed = phone.get("/api/public/declarations/%27%20OR%201%3D1");
        ApiClient.Answer tooLong = phone.get("/api/public/declarations/" + "A".repeat(200));
        for (ApiClient.Answer a : List.of(unknown, malformed, tooLong)) {
            assertThat(a.status()).isEqualTo(404);
            assertThat((String) a.read("$.code")).isEqualTo("TRACKING_CODE_UNKNOWN");
            assertThat((String) a.read("$.detail")).isEqualTo(unknown.read("$.detail"));
        }
        for (int i = 3; i < 30; i++) {
            assertThat(phone.get("/api/public/declarations/ABCDEFGHJ" + Tokens.pick(i)).status()).isEqualTo(404);
        }
        ApiClient.Answer limited = phone.get("/api/public/declarations/ABCDEFGHJK");
        assertThat(limited.status()).isEqualTo(429);
        assertThat((String) limited.read("$.code")).isEqualTo("RATE_LIMITED");
    }

    @Test
    void theSheetIsForTheClerksOwnVillageAndPrintsNoIdOrPhoneNumbers() {
        long household = Households.create(clerk, TestCounty.VILLAGE_1, "王大山");
        String headId = headIdNumber(household);

        ApiClient.Answer sheet = clerk.get("/api/declaration-codes/sheet?village=" + TestCounty.VILLAGE_1);
        assertThat(sheet.status()).isEqualTo(200);
        assertThat((String) sheet.read("$.villageName")).isEqualTo("东村");
        assertThat((String) sheet.read("$.village.url")).matches("http://localhost:" + port + "/#/declare/[2-9A-HJ-NP-Z]{16}");
        assertThat((List<String>) sheet.read("$.households[*].label")).contains("王大山");
        assertThat(sheet.body()).doesNotContain(headId, "13800001111");
        assertThat(clerk.get("/api/declaration-codes/sheet?village=" + TestCounty.VILLAGE_1).body())
                .as("codes are kept, so printed sheets stay valid").isEqualTo(sheet.body());

        assertThat(clerk.get("/api/declaration-codes/sheet?village=" + TestCounty.VILLAGE_1B).status()).isEqualTo(404);
        assertThat(clerk.get("/api/declaration-codes/sheet?village=" + TestCounty.TOWNSHIP_1).status()).isEqualTo(404);
        assertThat(clerk.get("/api/declaration-codes/sheet?village=abc").status()).isEqualTo(404);
        assertThat(ApiClient.loggedIn(port, "t-grid1", TestCounty.PASSWORD)
                .get("/api/declaration-codes/sheet?village=" + TestCounty.VILLAGE_1).status()).isEqualTo(403);
        assertThat(ApiClient.loggedIn(port, "t-township", TestCounty.PASSWORD)
                .get("/api/declaration-codes/sheet?village=" + TestCounty.VILLAGE_1B).status()).isEqualTo(200);
        assertThat(phone.get("/api/declaration-codes/sheet?village=" + TestCounty.VILLAGE_1).status()).isEqualTo(401);
    }

    private void assertRefused(Map<String, Object> body, String code) {
        limits.forget("declare-ip:"); // every attempt counts towards the address's limit; here we test the fields
        ApiClient.Answer a = phone.post("/api/public/declarations", body);
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat((String) a.read("$.code")).isEqualTo("VALIDATION_FAILED");
        assertThat((List<String>) a.read("$.errors[*].code")).as(a.body()).containsExactly(code);
        assertThat((String) a.read("$.errors[0].message")).isNotBlank();
    }

    private static Map<String, Object> form(String code, String idNumber, String type) {
        Map<String, Object> f = new HashMap<>();
        f.put("code", code);
        f.put("name", "张守田");
        f.put("idNumber", idNumber);
        f.put("phone", "13912345678");
        f.put("difficultyType", type);
        f.put("description", "今年住院两次，自付三万多元，家里还有两个孩子上学。");
        f.put("consent", true);
        return f;
    }

    private static Map<String, Object> with(Map<String, Object> form, String key, Object value) {
        form.put(key, value);
        return form;
    }

    private String villageCode() {
        return clerk.get("/api/declaration-codes/sheet?village=" + TestCounty.VILLAGE_1).read("$.village.code");
    }

    static String householdCode(ApiClient client, String village, long household) {
        List<String> codes = client.get("/api/declaration-codes/sheet?village=" + village)
                .read("$.households[?(@.householdNo == '" + householdNo(client, household) + "')].code");
        return codes.get(0);
    }

    private static String householdNo(ApiClient client, long household) {
        return client.get("/api/households/" + household).read("$.householdNo");
    }

    private String headIdNumber(long household) {
        return jdbc.queryForObject("select id_number from member where household_id = ? and relation = 'HEAD'",
                String.class, household);
    }

    /** Letters of the tracking alphabet, to make distinct unknown codes. */
    private static final class Tokens {
        static char pick(int i) {
            return "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".charAt(i % 32);
        }
    }
}
