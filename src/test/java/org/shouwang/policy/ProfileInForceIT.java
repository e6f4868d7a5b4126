package org.shouwang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.shouwang.support.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Villages hold no profiles: the policy in force for a village is its township's, resolved once per township and
 * handed to each village under the village's own code; a change to a profile above reaches every village at once.
 */
@IntegrationTest
class ProfileInForceIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PolicyProfiles profiles;

    @Test
    void villagesOfOneTownshipShareItsResolvedProfileUnderTheirOwnCodes() {
        TestProfiles.ensureCounty(port, jdbc);
        LocalDate today = LocalDate.now();
        PolicyProfile township = profiles.inForce(TestCounty.TOWNSHIP_1, today);
        PolicyProfile village = profiles.inForce(TestCounty.VILLAGE_1, today);
        PolicyProfile neighbour = profiles.inForce(TestCounty.VILLAGE_1B, today);
        PolicyProfile otherTownship = profiles.inForce(TestCounty.VILLAGE_2, today);

        assertThat(village.regionCode()).isEqualTo(TestCounty.VILLAGE_1);
        assertThat(neighbour.regionCode()).isEqualTo(TestCounty.VILLAGE_1B);
        assertThat(township.regionCode()).isEqualTo(TestCounty.TOWNSHIP_1);
        assertThat(village.chain()).extracting(PolicyProfile.ProfileRef::name).contains(TestProfiles.COUNTY_PROFILE);
        // one resolution for the township: the very same parameters and rules, not copies
        assertThat(village.parameters()).isSameAs(township.parameters()).isSameAs(neighbour.parameters());
        assertThat(village.rules()).isSameAs(township.rules());
        assertThat(village.origins()).isSameAs(township.origins());
        // another township resolves on its own, to the same policy here (only the county has a profile)
        assertThat(otherTownship.parameters()).isNotSameAs(village.parameters()).isEqualTo(village.parameters());
        assertThat(profiles.inForce(TestCounty.VILLAGE_1, today)).isSameAs(village);
    }

    @Test
    void aChangeToTheCountyProfileReachesEveryVillage() {
        long profile = TestProfiles.ensureCounty(port, jdbc);
        LocalDate today = LocalDate.now();
        PolicyProfile before = profiles.inForce(TestCounty.VILLAGE_1B, today);
        profiles.inForce(TestCounty.TOWNSHIP_1, today);

        ApiClient admin = ApiClient.loggedIn(port, "t-admin", TestCounty.PASSWORD);
        ApiClient.Answer detail = admin.get("/api/policy/profiles/" + profile);
        Map<String, Object> params = new HashMap<>(detail.read("$.parameters"));
        Map<String, Object> named = new HashMap<>(params.get("params") instanceof Map<?, ?> m ? castMap(m) : Map.of());
        int probe = (int) (System.nanoTime() % 100_000);
        named.put("inForceProbe", probe);
        params.put("params", named);
        ApiClient.Answer saved = admin.put("/api/policy/profiles/" + profile, TestProfiles.saveBody(detail, params));
        assertThat(saved.status()).as(saved.body()).isEqualTo(204);
        try {
            PolicyProfile after = profiles.inForce(TestCounty.VILLAGE_1B, today);
            assertThat(after).isNotSameAs(before);
            assertThat(after.regionCode()).isEqualTo(TestCounty.VILLAGE_1B);
            assertThat(after.parameters().params().get("inForceProbe")).isEqualByComparingTo(BigDecimal.valueOf(probe));
            assertThat(profiles.inForce(TestCounty.TOWNSHIP_1, today).parameters()).isSameAs(after.parameters());
        } finally {
            // the test county's profile is shared by every integration test: the probe goes again
            ApiClient.Answer now = admin.get("/api/policy/profiles/" + profile);
            Map<String, Object> restored = new HashMap<>(now.read("$.parameters"));
            Map<String, Object> without = new HashMap<>(castMap((Map<?, ?>) restored.get("params")));
            without.remove("inForceProbe");
            restored.put("params", without);
            assertThat(admin.put("/api/policy/profiles/" + profile, TestProfiles.saveBody(now, restored)).status()).isEqualTo(204);
        }
        assertThat(profiles.inForce(TestCounty.VILLAGE_1B, today).parameters().params()).doesNotContainKey("inForceProbe");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
