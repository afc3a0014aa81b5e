package org.bmcplatform.profiles.ncsi;

import java.util.Map;

/** The AEN type byte of an AEN packet (DSP0222 "AEN packet format", "AEN types"). Unknown types round-trip. */
public record AenType(int code) {
    public static final AenType LINK_STATUS_CHANGE = new AenType(0x00);
    public static final AenType CONFIGURATION_REQUIRED = new AenType(0x01);
    public static final AenType HOST_NC_DRIVER_STATUS_CHANGE = new AenType(0x02);
    /** NC-SI 1.2: the answer to a Delayed Response is ready. */
    public static final AenType DELAYED_RESPONSE_READY = new AenType(0x03);

    private static final Map<Integer, String> NAMES = Map.of(0, "Link Status Change", 1, "Configuration Required",
            2, "Host NC Driver Status Change", 3, "Delayed Response Ready");

    public AenType {
        WireRange.unsigned(code, 8, "AEN type");
    }

    public static AenType of(int code) {
        return new AenType(code);
    }

    public String label() {
        return WireRange.label(NAMES, code, 2);
    }

    @Override
    public String toString() {
        return label();
    }
}
