package org.shouwang.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shouwang.support.ApiClient;
import org.shouwang.support.IntegrationTest;
import org.shouwang.support.TestCounty;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class LoginIT {

    @LocalServerPort
    int port;

    @Test
    void theApiNeedsALogin() {
        ApiClient anonymous = new ApiClient(port);
        ApiClient.Answer a = anonymous.get("/api/households");
        assertThat(a.status()).isEqualTo(401);
        assertThat((String) a.read("$.code")).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous.get("/actuator/health").body()).contains("UP");
        assertThat(anonymous.get("/v3/api-docs").body()).contains("/api/households");
    }

    @Test
    void aWrongPasswordIsRefusedAndFiveInARowLockTheAccount() {
        ApiClient c = new ApiClient(port);
        for (int i = 0; i < 5; i++) {
            ApiClient.Answer a = c.login("t-lockout", "wrong-password");
            assertThat(a.status()).isIn(401, 423);
        }
        ApiClient.Answer locked = c.login("t-lockout", TestCounty.PASSWORD);
        assertThat(locked.status()).isEqualTo(423);
        assertThat((String) locked.read("$.code")).isEqualTo("ACCOUNT_LOCKED");
        assertThat((String) locked.read("$.detail")).contains("分钟");
    }

    @Test
    void writesWithoutTheCsrfTokenAreRefused() {
        ApiClient c = ApiClient.loggedIn(port, "t-clerk1", TestCounty.PASSWORD);
        java.net.http.HttpClient raw = java.net.http.HttpClient.newHttpClient();
        ApiClient.Answer withToken = c.post("/api/auth/logout", Map.of());
        assertThat(withToken.status()).isEqualTo(204);
        ApiClient fresh = new ApiClient(port);
        ApiClient.Answer noToken = fresh.postRaw("/api/auth/login", "application/json",
                "{\"username\":\"t-clerk1\",\"password\":\"x\"}".getBytes());
        assertThat(raw).isNotNull();
        assertThat(noToken.status()).isIn(401, 403);
    }

    @Test
    void loginAnswersWhoTheUserIsAndWhatTheyMayDo() {
        ApiClient c = new ApiClient(port);
        ApiClient.Answer me = c.login("t-clerk1", TestCounty.PASSWORD);
        assertThat(me.status()).isEqualTo(200);
        assertThat((String) me.read("$.roleLabel")).isEqualTo("村级经办员");
        assertThat((String) me.read("$.regionName")).isEqualTo("东村");
        assertThat(c.get("/api/auth/me").status()).isEqualTo(200);
    }
}
