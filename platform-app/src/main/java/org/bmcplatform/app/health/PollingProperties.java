package org.bmcplatform.app.health;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bmc.polling.*}: backoff after a failed poll (initial, doubling, capped), how many failures in a
 * row make a component absent, how often an absent component's address is probed again, and how often a
 * component without sensors (no profile matched) is asked Get Endpoint ID to see that it is still there, and
 * how often a component that reports others (an HBA's drives) is identified again to see what it reports now.
 */
@ConfigurationProperties("bmc.polling")
record PollingProperties(@DefaultValue("1s") Duration backoffInitial,
                         @DefaultValue("30s") Duration backoffMax,
                         @DefaultValue("3") int absentAfter,
                         @DefaultValue("2s") Duration reprobeInterval,
                         @DefaultValue("5s") Duration presenceInterval,
                         @DefaultValue("30s") Duration inventoryRefresh) {

    Backoff backoff() {
        return new Backoff(backoffInitial, backoffMax);
    }
}
