package org.bmcplatform.app.health;

import java.time.Instant;
import java.util.Optional;

/**
 * A PLDM terminus sent the platform a PlatformEventMessage (DSP0248 §16.6) and it was accepted: from which endpoint
 * (and the component behind it, when known), the terminus's TID, and what happened in words.
 */
public record PldmEventReceived(Optional<Long> componentId, int network, int eid, int tid, String description, Instant at) {
}
