package org.bmcplatform.app.inventory;

import java.time.Instant;

/** An asset fact of a known component changed (firmware updated...); {@code oldValue} is null for a new key. */
public record AssetChanged(long componentId, String name, String key, String oldValue, String newValue, Instant at) {
}
