package org.bmcplatform.app.discovery;

import java.time.Instant;
import java.util.UUID;

/**
 * An endpoint was found, found again with another EID, or lost. {@code previousEid} is null for a
 * new endpoint or when the EID did not change.
 */
public record EndpointChanged(UUID uuid, int network, int eid, Integer previousEid, String interfaceName,
                              String physicalAddress, EndpointState state, boolean isNew, Instant at) {
}
