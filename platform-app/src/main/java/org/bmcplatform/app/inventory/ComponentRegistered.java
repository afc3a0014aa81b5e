package org.bmcplatform.app.inventory;

import java.time.Instant;
import java.util.UUID;

/** A component seen for the first time. */
public record ComponentRegistered(long componentId, UUID uuid, String name, String componentClass, Instant at) {
}
