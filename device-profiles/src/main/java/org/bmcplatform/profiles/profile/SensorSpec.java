package org.bmcplatform.profiles.profile;

import java.time.Duration;

/**
 * One sensor to poll: its name (the reading's sensor), the raw source, the unit after conversion
 * ({@code value = raw * scale + offset}) and how often to poll it.
 */
public record SensorSpec(String name, SensorSource source, String unit, double scale, double offset, Duration interval) {
    public SensorSpec {
        if (name == null || name.isBlank() || source == null || unit == null || interval == null) {
            throw new IllegalArgumentException("name, source, unit and interval are required");
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
    }

    public double convert(double raw) {
        return raw * scale + offset;
    }
}
