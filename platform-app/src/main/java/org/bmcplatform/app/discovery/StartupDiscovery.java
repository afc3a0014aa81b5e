package org.bmcplatform.app.discovery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Scans the buses once the application is ready, on a thread of its own so startup does not wait. */
@Component
class StartupDiscovery {
    private static final Logger log = LoggerFactory.getLogger(StartupDiscovery.class);

    private final DiscoveryService discovery;

    StartupDiscovery(DiscoveryService discovery) {
        this.discovery = discovery;
    }

    @EventListener(ApplicationReadyEvent.class)
    void discoverOnStart() {
        Thread t = new Thread(() -> {
            try {
                DiscoveryResult r = discovery.scanAtStartup();
                log.info("startup discovery: {} endpoints ({} new), {} components in {} ms",
                        r.endpoints(), r.newEndpoints(), r.components(), r.durationMs());
            } catch (RuntimeException e) {
                log.warn("startup discovery failed; POST /api/discovery retries", e);
            }
        }, "startup-discovery");
        t.setDaemon(true);
        t.start();
    }
}
