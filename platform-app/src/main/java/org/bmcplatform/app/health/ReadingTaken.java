package org.bmcplatform.app.health;

import java.time.Instant;

/** One sensor value read from a component (the SSE {@code reading} event carries exactly this). */
public record ReadingTaken(String componentId, String sensor, double value, String unit, Instant at) {
}
