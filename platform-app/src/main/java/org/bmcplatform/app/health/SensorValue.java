package org.bmcplatform.app.health;

import java.time.Instant;

/** The latest value of one sensor of a component. */
public record SensorValue(String sensor, double value, String unit, Instant readAt) {
}
