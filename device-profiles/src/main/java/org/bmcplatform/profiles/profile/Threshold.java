package org.bmcplatform.profiles.profile;

import java.util.OptionalDouble;

/** A reading at or above {@code warning} is WARNING, at or above {@code critical} CRITICAL. */
public record Threshold(String sensor, OptionalDouble warning, OptionalDouble critical) {
    public Threshold {
        if (sensor == null || warning == null || critical == null) {
            throw new IllegalArgumentException("sensor, warning and critical are required (use OptionalDouble.empty())");
        }
        if (warning.isPresent() && critical.isPresent() && warning.getAsDouble() > critical.getAsDouble()) {
            throw new IllegalArgumentException("warning " + warning.getAsDouble() + " is above critical " + critical.getAsDouble());
        }
    }

    public HealthStatus evaluate(double value) {
        if (critical.isPresent() && value >= critical.getAsDouble()) {
            return HealthStatus.CRITICAL;
        }
        if (warning.isPresent() && value >= warning.getAsDouble()) {
            return HealthStatus.WARNING;
        }
        return HealthStatus.OK;
    }
}
