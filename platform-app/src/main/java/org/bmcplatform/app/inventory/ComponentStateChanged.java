package org.bmcplatform.app.inventory;

import java.time.Instant;

/** A component went absent (stopped answering) or present again. */
public record ComponentStateChanged(long componentId, String name, ComponentState state, String reason, Instant at) {
}
