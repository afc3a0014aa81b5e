package org.bmcplatform.profiles.pldm;

import java.util.Map;

/**
 * platformEventStatus of a PlatformEventMessage response (DSP0248 Table "PlatformEventMessage
 * command format"): 0 noLogging, 1 loggingDisabled, 2 logFull, 3 acceptedForLogging, 4 logged,
 * 5 loggingRejected. Unknown codes round-trip.
 */
public record PlatformEventStatus(int code) {
    public static final PlatformEventStatus NO_LOGGING = new PlatformEventStatus(0);
    public static final PlatformEventStatus LOGGING_DISABLED = new PlatformEventStatus(1);
    public static final PlatformEventStatus LOG_FULL = new PlatformEventStatus(2);
    public static final PlatformEventStatus ACCEPTED_FOR_LOGGING = new PlatformEventStatus(3);
    public static final PlatformEventStatus LOGGED = new PlatformEventStatus(4);
    public static final PlatformEventStatus LOGGING_REJECTED = new PlatformEventStatus(5);

    private static final Map<Integer, String> NAMES = Map.of(0, "noLogging", 1, "loggingDisabled", 2, "logFull",
            3, "acceptedForLogging", 4, "logged", 5, "loggingRejected");

    public PlatformEventStatus {
        WireRange.unsigned(code, 8, "platform event status");
    }

    public String label() {
        return WireRange.label(NAMES, code);
    }

    @Override
    public String toString() {
        return label();
    }
}
