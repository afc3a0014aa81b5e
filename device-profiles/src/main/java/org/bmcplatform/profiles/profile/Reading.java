package org.bmcplatform.profiles.profile;

/** One sensor value after the profile's conversion; unit in UCUM ({@code Cel}, {@code %}, {@code 1}). */
public record Reading(String sensor, double value, String unit) {
    public Reading {
        if (sensor == null || sensor.isBlank() || unit == null) {
            throw new IllegalArgumentException("sensor and unit are required");
        }
    }
}
