package org.bmcplatform.profiles.profile;

import java.time.Duration;

/**
 * One sensor to poll: its name (the reading's sensor), the raw source, the unit after conversion
 * ({@code value = raw * scale + offset}, after a PLDM sensor's own PDR conversion), how often to poll it,
 * and for a PLDM source which numeric sensor of the PDRs it is.
 */
public record SensorSpec(String name, SensorSource source, String unit, double scale, double offset, Duration interval,
                         PdrSelector select) {
    public SensorSpec {
        if (name == null || name.isBlank() || source == null || unit == null || interval == null || select == null) {
            throw new IllegalArgumentException("name, source, unit, interval and select are required");
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
    }

    /** A sensor of an NVMe-MI source, or a PLDM one that takes any numeric sensor. */
    public SensorSpec(String name, SensorSource source, String unit, double scale, double offset, Duration interval) {
        this(name, source, unit, scale, offset, interval, PdrSelector.ANY);
    }

    public double convert(double raw) {
        return raw * scale + offset;
    }
}
