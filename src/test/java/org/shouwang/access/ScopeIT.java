package org.shouwang.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.Households;
import org.shouwang.support.Ids;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A village clerk of one village cannot read, list, find or change a household of another, through any URL. */
@IntegrationTest
class ScopeIT {

    @LocalServerPort
    int port;

    @Test
    void aClerkOfOneVillageCannotReachAnotherVillagesHousehold() {
        ApiClient otherClerk = ApiClient.loggedIn(port, "t-clerk2", TestCounty.PASSWORD);
        long theirs = Households.create(otherClerk, TestCounty.VILLAGE_2, "冯守南");
        String headId = Ids.unique("1959-09-09", true);
        otherClerk.post("/api/households/" + theirs + "/members", Households.member("冯小南", headId, "SON"));

        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        assertThat(clerk.get("/api/households/" + theirs).status()).isEqualTo(404);
        assertThat(clerk.get("/api/households/" + theirs + "/history").status()).isEqualTo(404);
        assertThat((Integer) clerk.get("/api/households?region=" + TestCounty.VILLAGE_2).read("$.total")).isZero();
        assertThat((Integer) clerk.get("/api/households?region=" + TestCounty.COUNTY).read("$.total")).isZero();
        assertThat((Integer) clerk.get("/api/households?idNumber=" + headId).read("$.total")).isZero();
        assertThat((Integer) clerk.get("/api/households?name=%E5%86%AF%E5%AE%88").read("$.total")).isZero();
        Object memberId = otherClerk.get("/api/households/" + theirs).read("$.members[0].id");
        assertThat(clerk.post("/api/households/" + theirs + "/members/" + memberId + "/reveal", Map.of("field", "idNumber")).status())
                .isEqualTo(404);
        assertThat(clerk.put("/api/households/" + theirs + "/members/" + memberId,
                Map.of("name", "篡改", "relation", "HEAD", "version", 0)).status()).isEqualTo(404);
        assertThat(clerk.post("/api/households/" + theirs + "/incomes", Map.of("periodStart", "2025-01-01",
                "periodEnd", "2025-12-31")).status()).isEqualTo(404);
        assertThat(clerk.delete("/api/households/" + theirs + "/members/" + memberId + "?reason=x").status()).isEqualTo(404);
        ApiClient.Answer intoTheirVillage = clerk.post("/api/households", Households.household(Ids.householdNo(),
                TestCounty.VILLAGE_2, List.of(Households.member("钱守", Ids.unique("1970-01-01", true), "HEAD"))));
        assertThat((List<String>) intoTheirVillage.read("$.errors[*].code")).contains("REGION_OUT_OF_SCOPE");
        assertThat(clerk.get("/api/regions/" + TestCounty.VILLAGE_2 + "/groups").body()).isEqualTo("[]");
        assertThat(clerk.get("/api/regions/children?parent=" + TestCounty.TOWNSHIP_2).body()).isEqualTo("[]");
        assertThat((String) otherClerk.get("/api/households/" + theirs).read("$.members[0].name")).isEqualTo("冯守南");
    }

    @Test
    void aTownshipReviewerSeesAllVillagesOfTheTownshipOnly() {
        ApiClient clerk1 = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        long mine = Households.create(clerk1, TestCounty.VILLAGE_1, "褚守东");
        ApiClient township = ApiClient.loggedIn(port, "t-township", TestCounty.PASSWORD);
        assertThat(township.get("/api/households/" + mine).status()).isEqualTo(200);
        ApiClient clerk2 = ApiClient.loggedIn(port, "t-clerk2", TestCounty.PASSWORD);
        long other = Households.create(clerk2, TestCounty.VILLAGE_2, "卫守西");
        assertThat(township.get("/api/households/" + other).status()).isEqualTo(404);
    }

    @Test
    void anInspectorReadsButCannotChange() {
        ApiClient clerk = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        long id = Households.create(clerk, TestCounty.VILLAGE_1, "蒋守正");
        ApiClient inspector = ApiClient.loggedIn(port, "t-inspector", TestCounty.PASSWORD);
        assertThat(inspector.get("/api/households/" + id).status()).isEqualTo(200);
        Object memberId = inspector.get("/api/households/" + id).read("$.members[0].id");
        ApiClient.Answer change = inspector.put("/api/households/" + id + "/members/" + memberId,
                Map.of("name", "改", "relation", "HEAD", "version", 0));
        assertThat(change.status()).isEqualTo(403);
        assertThat(inspector.get("/api/users").status()).isEqualTo(403);
    }

    @Test
    void usersAreAdministeredOnlyWithinTheAdministratorsScope() {
        ApiClient admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        List<String> names = admin.get("/api/users").read("$[*].username");
        assertThat(names).contains("t-clerk1", "t-clerk2").doesNotContain("admin");
        ApiClient.Answer outside = admin.post("/api/users", Map.of("username", "outsider" + System.nanoTime() % 100000,
                "displayName", "外县", "role", "VILLAGE_CLERK", "regionCode", "341599001001", "password", "long-enough-1"));
        assertThat(outside.status()).isEqualTo(403);
    }
}
