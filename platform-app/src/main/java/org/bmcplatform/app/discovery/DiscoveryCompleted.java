package org.bmcplatform.app.discovery;

import java.time.Instant;

/** A scan of every bus finished. */
public record DiscoveryCompleted(DiscoveryResult result, Instant at) {
}
