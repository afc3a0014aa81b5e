package org.bmcplatform.app.discovery;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/discovery: rescan every bus now and answer with what was found. */
@RestController
class DiscoveryController {
    private final DiscoveryService discovery;

    DiscoveryController(DiscoveryService discovery) {
        this.discovery = discovery;
    }

    @PostMapping("/api/discovery")
    DiscoveryResult discover() {
        return discovery.scan();
    }
}
