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
                .contains("shared", "access", "registry", "intake", "demo", "policy", "screening", "assistance", "identification", "elimination", "reporting", "campaign");
    }

    /**
     * The ledger is the foundation: the registry, access and policy depend on none of the procedures built on them
     * (screening, identification, assistance, elimination), which set the household's status through registry's API.
     */
    @Test
    void theFoundationDependsOnNoProcedure() {
        var procedures = java.util.List.of("screening", "identification", "assistance", "elimination", "reporting", "campaign");
        assertThat(modules.stream().filter(m -> java.util.List.of("shared", "access", "registry", "policy")
                        .contains(m.getIdentifier().toString()))
                .filter(m -> procedures.stream().anyMatch(p -> m.getDirectDependencies(modules).containsModuleNamed(p)))
                .map(ApplicationModule::getIdentifier).map(Object::toString)).isEmpty();
    }
}
