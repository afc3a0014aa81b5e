package org.bmcplatform.profiles.pldm;

import java.util.Map;

/**
 * eventMessageGlobalEnable of SetEventReceiver, also the synchronyConfiguration of EventMessageSupported
 * (DSP0248 Tables "SetEventReceiver command format", "EventMessageSupported command format"): 0 disable,
 * 1 enableAsync, 2 enablePolling, 3 enableAsyncKeepAlive. Unknown codes round-trip.
 */
public record EventMessageGlobalEnable(int code) {
    public static final EventMessageGlobalEnable DISABLE = new EventMessageGlobalEnable(0);
    public static final EventMessageGlobalEnable ENABLE_ASYNC = new EventMessageGlobalEnable(1);
    public static final EventMessageGlobalEnable ENABLE_POLLING = new EventMessageGlobalEnable(2);
    public static final EventMessageGlobalEnable ENABLE_ASYNC_KEEP_ALIVE = new EventMessageGlobalEnable(3);

    private static final Map<Integer, String> NAMES = Map.of(0, "disable", 1, "enableAsync", 2, "enablePolling",
            3, "enableAsyncKeepAlive");

    public EventMessageGlobalEnable {
        WireRange.unsigned(code, 8, "event message global enable");
    }

    /** Whether a heartbeatTimer follows in SetEventReceiver (only for enableAsyncKeepAlive). */
    public boolean hasHeartbeat() {
        return equals(ENABLE_ASYNC_KEEP_ALIVE);
    }

    public String label() {
        return WireRange.label(NAMES, code);
    }

    @Override
    public String toString() {
        return label();
    }
}
