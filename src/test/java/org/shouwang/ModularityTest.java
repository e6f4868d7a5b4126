package org.shouwang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The folders show the architecture: each module exists and no module reaches into another's internals. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(ShouwangApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theFoundationModulesExist() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("shared", "access", "registry", "intake", "demo", "policy", "screening", "assistance", "identification", "reporting");
    }

    /** Assistance is the newest module: it reads the registry and feeds screening, and nothing depends on it yet. */
    @Test
    void noModuleDependsOnAssistance() {
        assertThat(modules.stream().filter(m -> !m.getIdentifier().toString().equals("assistance"))
                .filter(m -> m.getDirectDependencies(modules).containsModuleNamed("assistance"))
                .map(ApplicationModule::getIdentifier).map(Object::toString)).isEmpty();
    }
}
