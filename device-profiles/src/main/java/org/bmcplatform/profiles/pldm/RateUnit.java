package org.bmcplatform.profiles.pldm;

import java.util.Map;

/**
 * A rate unit (DSP0248 "rateUnit" of the Numeric Sensor PDR): 0 none, 1 per microsecond, 2 per
 * millisecond, 3 per second, 4 per minute, 5 per hour, 6 per day, 7 per week, 8 per month, 9 per
 * year. Unknown codes round-trip.
 */
public record RateUnit(int code) {
    public static final RateUnit NONE = new RateUnit(0);
    public static final RateUnit PER_SECOND = new RateUnit(3);

    private static final Map<Integer, String> NAMES = Map.of(0, "none", 1, "per microsecond", 2, "per millisecond",
            3, "per second", 4, "per minute", 5, "per hour", 6, "per day", 7, "per week", 8, "per month", 9, "per year");

    public RateUnit {
        WireRange.unsigned(code, 8, "rate unit");
    }

    public String label() {
        return WireRange.label(NAMES, code);
    }

    @Override
    public String toString() {
        return label();
    }
}
