package org.bmcplatform.profiles.pldm;

import java.util.Arrays;
import java.util.Optional;

/**
 * The values of DSP0249 state set 1, "Health State": what a health state sensor (a State Sensor PDR composite
 * sensor naming state set {@link #STATE_SET_ID}) reports. Value 0 is reserved in every state set.
 */
public enum HealthState {
    NORMAL(1, "normal"),
    NON_CRITICAL(2, "non-critical"),
    CRITICAL(3, "critical"),
    FATAL(4, "fatal"),
    UPPER_NON_CRITICAL(5, "upper non-critical"),
    LOWER_NON_CRITICAL(6, "lower non-critical"),
    UPPER_CRITICAL(7, "upper critical"),
    LOWER_CRITICAL(8, "lower critical"),
    UPPER_FATAL(9, "upper fatal"),
    LOWER_FATAL(10, "lower fatal");

    /** DSP0249 state set ID of Health State. */
    public static final int STATE_SET_ID = 1;

    private final int value;
    private final String label;

    HealthState(int value, String label) {
        this.value = value;
        this.label = label;
    }

    public int value() {
        return value;
    }

    /** {@code upper critical}. */
    public String label() {
        return label;
    }

    /** Non-critical, upper or lower. */
    public boolean isNonCritical() {
        return this == NON_CRITICAL || this == UPPER_NON_CRITICAL || this == LOWER_NON_CRITICAL;
    }

    /** Fatal, upper or lower. */
    public boolean isFatal() {
        return this == FATAL || this == UPPER_FATAL || this == LOWER_FATAL;
    }

    /** The state for a reported value; empty for values the state set does not define (0, 11..255). */
    public static Optional<HealthState> of(int value) {
        return Arrays.stream(values()).filter(s -> s.value == value).findFirst();
    }
}
