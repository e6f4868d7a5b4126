package org.shouwang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class HouseholdApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient clerk;

    @BeforeEach
    void login() {
        clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
    }

    @Test
    void aClerkRegistersAHouseholdAndFindsItByNameAndById() {
        String headId = Ids.unique("1965-01-02", true);
        String no = Ids.householdNo();
        ApiClient.Answer created = clerk.post("/api/households", Households.household(no, TestCounty.VILLAGE_1, List.of(
                Households.member("欧阳守望", headId, "HEAD"))));
        assertThat(created.status()).isEqualTo(201);
        assertThat((String) created.read("$.members[0].idNumberMasked")).isEqualTo(headId.substring(0, 6) + "********" + headId.substring(14));
        assertThat((String) created.read("$.regionPath")).isEqualTo("测试县/一号镇/东村");

        ApiClient.Answer byName = clerk.get("/api/households?name=%E6%AC%A7%E9%98%B3%E5%AE%88");
        assertThat((List<String>) byName.read("$.items[*].householdNo")).contains(no);
        ApiClient.Answer byId = clerk.get("/api/households?idNumber=" + headId.toLowerCase());
        assertThat((Integer) byId.read("$.total")).isEqualTo(1);
        assertThat((String) byId.read("$.items[0].headName")).isEqualTo("欧阳守望");
    }

    @Test
    void validationErrorsComeBackPerFieldWithStableCodes() {
        Map<String, Object> bad = Households.member("王<b>", "110105194912310021", "HEAD");
        bad.put("schoolStage", "PRIMARY");
        bad.put("workPlace", "江苏省苏州市");
        ApiClient.Answer a = clerk.post("/api/households", Households.household(Ids.householdNo(), TestCounty.VILLAGE_1, List.of(bad)));
        assertThat(a.status()).isEqualTo(422);
        assertThat((String) a.read("$.code")).isEqualTo("VALIDATION_FAILED");
        List<String> codes = a.read("$.errors[*].code");
        assertThat(codes).contains("NAME_CHARS", "ID_CHECKSUM", "EDUCATION_XOR_SCHOOL_STAGE", "WORK_PLACE_AND_MONTHS");
        List<String> fields = a.read("$.errors[*].field");
        assertThat(fields).contains("members[0].idNumber", "members[0].name");
    }

    @Test
    void aHouseholdNeedsExactlyOneHeadAndAtMostOneSpouseOfTheOtherSex() {
        ApiClient.Answer twoHeads = clerk.post("/api/households", Households.household(Ids.householdNo(), TestCounty.VILLAGE_1, List.of(
                Households.member("甲", Ids.unique("1960-01-01", true), "HEAD"),
                Households.member("乙", Ids.unique("1961-01-01", true), "HEAD"))));
        assertThat((List<String>) twoHeads.read("$.errors[*].code")).contains("HEAD_COUNT");
        ApiClient.Answer sameSex = clerk.post("/api/households", Households.household(Ids.householdNo(), TestCounty.VILLAGE_1, List.of(
                Households.member("甲", Ids.unique("1960-01-01", true), "HEAD"),
                Households.member("乙", Ids.unique("1961-01-01", true), "SPOUSE"))));
        assertThat((List<String>) sameSex.read("$.errors[*].code")).contains("SPOUSE_SAME_SEX");
    }

    @Test
    void aPersonLivesInOneHouseholdAtATime() {
        String id = Ids.unique("1980-05-05", true);
        assertThat(clerk.post("/api/households", Households.household(Ids.householdNo(), TestCounty.VILLAGE_1,
                List.of(Households.member("赵一", id, "HEAD")))).status()).isEqualTo(201);
        ApiClient.Answer second = clerk.post("/api/households", Households.household(Ids.householdNo(), TestCounty.VILLAGE_1,
                List.of(Households.member("赵一", id, "HEAD"))));
        assertThat(second.status()).isEqualTo(422);
        assertThat((List<String>) second.read("$.errors[*].code")).contains("ID_IN_OTHER_HOUSEHOLD");
    }

    @Test
    void correctingAMemberIsKeptInTheTimelineWithBeforeAndAfter() {
        long id = Households.create(clerk, TestCounty.VILLAGE_1, "孙守田");
        ApiClient.Answer h = clerk.get("/api/households/" + id);
        Map<String, Object> member = editable(h, 0);
        member.put("education", "SENIOR");
        ApiClient.Answer saved = clerk.put("/api/households/" + id + "/members/" + member.get("id"), member);
        assertThat(saved.status()).isEqualTo(200);
        assertThat((String) saved.read("$.members[0].educationLabel")).isEqualTo("高中");

        ApiClient.Answer history = clerk.get("/api/households/" + id + "/history");
        assertThat((String) history.read("$[0].fieldLabel")).isEqualTo("文化程度");
        assertThat((String) history.read("$[0].before")).isEqualTo("初中");
        assertThat((String) history.read("$[0].after")).isEqualTo("高中");
        assertThat((String) history.read("$[0].actor")).isEqualTo("t-clerk1");
    }

    @Test
    void twoClerksEditingTheSameMemberCannotBothWin() {
        long id = Households.create(clerk, TestCounty.VILLAGE_1, "周守业");
        ApiClient other = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        Map<String, Object> mine = editable(clerk.get("/api/households/" + id), 0);
        Map<String, Object> theirs = editable(other.get("/api/households/" + id), 0);
        mine.put("education", "SENIOR");
        theirs.put("education", "PRIMARY");
        assertThat(clerk.put("/api/households/" + id + "/members/" + mine.get("id"), mine).status()).isEqualTo(200);
        ApiClient.Answer late = other.put("/api/households/" + id + "/members/" + theirs.get("id"), theirs);
        assertThat(late.status()).isEqualTo(409);
        assertThat((String) late.read("$.code")).isEqualTo("VERSION_CONFLICT");
        assertThat((String) clerk.get("/api/households/" + id).read("$.members[0].education")).isEqualTo("SENIOR");
    }

    @Test
    void incomeStatementsComputeNetAndPerCapitaIncomeWithTheMemberCountUsed() {
        long id = Households.create(clerk, TestCounty.VILLAGE_1, "吴守成");
        Map<String, Object> income = new HashMap<>(Map.of("periodStart", "2025-01-01", "periodEnd", "2025-12-31",
                "wageIncome", 20000, "businessIncome", 5000, "propertyIncome", 0, "transferIncome", 3000,
                "productionExpense", 4000, "compliantSelfPaid", 1200));
        ApiClient.Answer a = clerk.post("/api/households/" + id + "/incomes", income);
        assertThat(a.status()).isEqualTo(200);
        assertThat(((Number) a.read("$.incomes[0].netIncome")).doubleValue()).isEqualTo(24000.0);
        assertThat(((Number) a.read("$.incomes[0].perCapitaIncome")).doubleValue()).isEqualTo(12000.0);
        assertThat((Integer) a.read("$.incomes[0].memberCountUsed")).isEqualTo(2);
        income.put("productionExpense", -1);
        assertThat((List<String>) clerk.post("/api/households/" + id + "/incomes", income).read("$.errors[*].code"))
                .contains("AMOUNT_NEGATIVE");
    }

    @Test
    void revealingAnIdNumberNeedsThePermissionAndIsAudited() {
        long id = Households.create(clerk, TestCounty.VILLAGE_1, "郑守信");
        Object memberId = clerk.get("/api/households/" + id).read("$.members[0].id");
        int before = jdbc.queryForObject("select count(*) from sensitive_read where household_id = ?", Integer.class, id);
        ApiClient.Answer shown = clerk.post("/api/households/" + id + "/members/" + memberId + "/reveal", Map.of("field", "idNumber"));
        assertThat(shown.status()).isEqualTo(200);
        assertThat((String) shown.read("$.value")).hasSize(18).doesNotContain("*");
        assertThat(jdbc.queryForObject("select count(*) from sensitive_read where household_id = ? and username = 't-clerk1'",
                Integer.class, id)).isEqualTo(before + 1);
        ApiClient.Answer phone = clerk.post("/api/households/" + id + "/reveal", Map.of("field", "phone"));
        assertThat((String) phone.read("$.value")).isEqualTo("13800001111");
        assertThat(jdbc.queryForObject("select count(*) from sensitive_read where household_id = ? and field = 'householdPhone'",
                Integer.class, id)).isEqualTo(1);
        assertThat((String) clerk.get("/api/households/" + id).read("$.phoneMasked")).isEqualTo("138****1111");
        ApiClient grid = ApiClient.loggedIn(port, "t-grid1", TestCounty.PASSWORD);
        assertThat(grid.post("/api/households/" + id + "/members/" + memberId + "/reveal", Map.of("field", "idNumber")).status())
                .isEqualTo(403);
    }

    @Test
    void malformedAndHostileRequestsGetClearErrorsNotServerErrors() {
        assertThat(clerk.postRaw("/api/households", "application/json", "{not json".getBytes()).status()).isEqualTo(400);
        assertThat(clerk.get("/api/households/abc").status()).isEqualTo(400);
        assertThat(clerk.get("/api/households?type=RICH").status()).isEqualTo(400);
        ApiClient.Answer injection = clerk.get("/api/households?name=%27%3B%20drop%20table%20household%3B--&sort=householdNo%3Bdrop,asc");
        assertThat(injection.status()).isEqualTo(200);
        assertThat((Integer) injection.read("$.total")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from household", Integer.class)).isPositive();
        assertThat(clerk.get("/api/households/999999999").status()).isEqualTo(404);
    }

    @Test
    void aPovertyHouseholdsExitYearIsStoredShownAndEveryChangeOfItIsInTheTimeline() {
        Map<String, Object> body = Households.household(Ids.householdNo(), TestCounty.VILLAGE_1, List.of(
                Households.member("钱守年", Ids.unique("1966-04-04", true), "HEAD")));
        body.put("povertyExitYear", 2018);
        ApiClient.Answer created = clerk.post("/api/households", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat((Integer) created.read("$.povertyExitYear")).isEqualTo(2018);
        long id = ((Number) created.read("$.id")).longValue();
        assertThat(jdbc.queryForObject("select poverty_exit_year from household where id = ?", Integer.class, id)).isEqualTo(2018);

        ApiClient.Answer changed = clerk.put("/api/households/" + id, change(created, "POVERTY_ALLEVIATED", 2020));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat((Integer) changed.read("$.povertyExitYear")).isEqualTo(2020);
        ApiClient.Answer history = clerk.get("/api/households/" + id + "/history");
        assertThat((String) history.read("$[0].field")).isEqualTo("povertyExitYear");
        assertThat((String) history.read("$[0].fieldLabel")).isEqualTo("脱贫年份");
        assertThat((String) history.read("$[0].before")).isEqualTo("2018");
        assertThat((String) history.read("$[0].after")).isEqualTo("2020");
        assertThat((String) history.read("$[0].actor")).isEqualTo("t-clerk1");
        assertThat((String) history.read("$[0].source")).isEqualTo("表单");

        // adding a member restates the household; its exit year must survive untouched
        ApiClient.Answer added = clerk.post("/api/households/" + id + "/members", Households.member("钱小年",
                Ids.unique("2001-09-09", true), "SON"));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat((Integer) added.read("$.povertyExitYear")).isEqualTo(2020);
        assertThat((List<String>) added.read("$.members[*].relation")).containsExactly("HEAD", "SON");
        // the composition of a stored household is judged with its stored members: a second 户主 is refused
        ApiClient.Answer secondHead = clerk.post("/api/households/" + id + "/members", Households.member("钱二户",
                Ids.unique("1968-08-08", true), "HEAD"));
        assertThat(secondHead.status()).isEqualTo(422);
        assertThat((List<String>) secondHead.read("$.errors[*].code")).contains("HEAD_COUNT");
        assertThat((List<String>) secondHead.read("$.errors[*].message")).anyMatch(m -> m.contains("本户已登记"));

        // saving the form unchanged writes no history
        int lines = ((List<?>) clerk.get("/api/households/" + id + "/history").read("$")).size();
        assertThat(clerk.put("/api/households/" + id, change(added, "POVERTY_ALLEVIATED", 2020)).status()).isEqualTo(200);
        assertThat(((List<?>) clerk.get("/api/households/" + id + "/history").read("$")).size()).isEqualTo(lines);

        ApiClient.Answer ordinary = clerk.put("/api/households/" + id, change(added, "ORDINARY", null));
        assertThat(ordinary.status()).as(ordinary.body()).isEqualTo(200);
        assertThat((Object) ordinary.read("$.povertyExitYear")).isNull();
        List<Map<String, Object>> after = clerk.get("/api/households/" + id + "/history").read("$");
        assertThat(after).anySatisfy(line -> {
            assertThat(line.get("fieldLabel")).isEqualTo("脱贫年份");
            assertThat(line.get("before")).isEqualTo("2020");
            assertThat(line.get("after")).isNull();
        });
    }

    @Test
    void anExitYearOutsideTheCampaignOrOnAnOrdinaryHouseholdIsRefusedWithItsOwnCode() {
        Map<String, Object> late = Households.household(Ids.householdNo(), TestCounty.VILLAGE_1, List.of(
                Households.member("孙守晚", Ids.unique("1966-05-05", true), "HEAD")));
        late.put("povertyExitYear", 2021);
        ApiClient.Answer a = clerk.post("/api/households", late);
        assertThat(a.status()).isEqualTo(422);
        assertThat((List<String>) a.read("$.errors[*].code")).containsExactly("EXIT_YEAR_RANGE");
        assertThat((List<String>) a.read("$.errors[*].field")).containsExactly("povertyExitYear");
        assertThat((String) a.read("$.errors[0].message")).contains("2013", "2020");
        late.put("povertyExitYear", 2012);
        assertThat((List<String>) clerk.post("/api/households", late).read("$.errors[*].code")).containsExactly("EXIT_YEAR_RANGE");

        Map<String, Object> ordinary = Households.household(Ids.householdNo(), TestCounty.VILLAGE_1, List.of(
                Households.member("孙守常", Ids.unique("1966-06-06", true), "HEAD")));
        ordinary.put("householdType", "ORDINARY");
        ordinary.put("povertyExitYear", 2018);
        ApiClient.Answer o = clerk.post("/api/households", ordinary);
        assertThat(o.status()).isEqualTo(422);
        assertThat((List<String>) o.read("$.errors[*].code")).containsExactly("EXIT_YEAR_NOT_POVERTY");

        for (String value : List.of("\"两千一十八\"", "\"2018'; drop table household;--\"", "99999999999", "[2018]")) {
            String json = "{\"householdNo\":\"" + Ids.householdNo() + "\",\"regionCode\":\"" + TestCounty.VILLAGE_1
                    + "\",\"householdType\":\"POVERTY_ALLEVIATED\",\"povertyExitYear\":" + value + ",\"members\":[]}";
            ApiClient.Answer bad = clerk.postRaw("/api/households", "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(bad.status()).as(value).isEqualTo(400);
            assertThat((String) bad.read("$.code")).isEqualTo("MALFORMED_REQUEST");
        }

        long id = Households.create(clerk, TestCounty.VILLAGE_1, "孙守旧");
        ApiClient.Answer h = clerk.get("/api/households/" + id);
        ApiClient.Answer refused = clerk.put("/api/households/" + id, change(h, "POVERTY_ALLEVIATED", 2030));
        assertThat(refused.status()).isEqualTo(422);
        assertThat((List<String>) refused.read("$.errors[*].code")).containsExactly("EXIT_YEAR_RANGE");
        assertThat(clerk.put("/api/households/" + id, change(h, "ORDINARY", 2016)).read("$.errors[*].code").toString())
                .contains("EXIT_YEAR_NOT_POVERTY");
        assertThat(jdbc.queryForObject("select poverty_exit_year from household where id = ?", Integer.class, id)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from change_log where household_id = ? and field = 'povertyExitYear'",
                Integer.class, id)).isZero();
    }

    /** The household form's body for PUT, as the page sends it (the phone left unchanged). */
    private static Map<String, Object> change(ApiClient.Answer household, String type, Integer exitYear) {
        Map<String, Object> m = new HashMap<>();
        m.put("address", household.read("$.address"));
        m.put("phone", null);
        m.put("householdType", type);
        m.put("povertyExitYear", exitYear);
        m.put("groupId", household.read("$.groupId"));
        m.put("gridId", household.read("$.gridId"));
        m.put("relocated", household.read("$.relocated"));
        m.put("relocationSite", household.read("$.relocationSite"));
        m.put("version", household.read("$.version"));
        return m;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> editable(ApiClient.Answer household, int index) {
        Map<String, Object> m = new HashMap<>((Map<String, Object>) household.read("$.members[" + index + "]"));
        m.put("idNumber", null);
        m.put("phone", null);
        return m;
    }
}
