package org.shouwang.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shouwang.access.Users;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

    private static FirstAdministrator runner(String... profiles) {
        Users users = mock(Users.class);
        when(users.count()).thenReturn(0L);
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new FirstAdministrator(users, mock(JdbcClient.class), environment, "", "", "");
    }

    @Test
    void withoutUsersOrPasswordItSaysHowToCreateTheFirstAdministrator(CapturedOutput output) {
        runner().run(new DefaultApplicationArguments());
        assertThat(output).contains("No user exists").contains("--shouwang.bootstrap.admin-password");
    }

    @Test
    void inDemoModeItSaysNothingBecauseTheDemoCountyCreatesTheAccounts(CapturedOutput output) {
        runner("demo").run(new DefaultApplicationArguments());
        assertThat(output).doesNotContain("No user exists");
    }
}
