package org.bmcplatform.app;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The features (buses, discovery, inventory, health, events, api) depend on each other without cycles, through top-level types only. */
class ModularityTest {

    @Test
    void featuresRespectTheModuleRules() {
        ApplicationModules.of(PlatformApplication.class).verify();
    }
}
