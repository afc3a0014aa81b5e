package org.bmcplatform.profiles.ncsi;

import java.util.Map;

/**
 * The reason code after the response code (DSP0222 "Generic reason code values"; NC-SI 1.2 adds
 * 0x0006..0x000A). Codes whose high byte is a command code (0x0901 for Set Link, ...) are
 * command-specific. Unknown codes round-trip.
 */
public record ReasonCode(int code) {
    public static final ReasonCode NO_ERROR = new ReasonCode(0x0000);
    public static final ReasonCode INTERFACE_INITIALIZATION_REQUIRED = new ReasonCode(0x0001);
    public static final ReasonCode PARAMETER_INVALID = new ReasonCode(0x0002);
    public static final ReasonCode CHANNEL_NOT_READY = new ReasonCode(0x0003);
    public static final ReasonCode PACKAGE_NOT_READY = new ReasonCode(0x0004);
    public static final ReasonCode INVALID_PAYLOAD_LENGTH = new ReasonCode(0x0005);
    public static final ReasonCode INFORMATION_NOT_AVAILABLE = new ReasonCode(0x0006);
    public static final ReasonCode UNKNOWN_COMMAND_TYPE = new ReasonCode(0x7FFF);

    private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(0x0000, "No Error"),
            Map.entry(0x0001, "Interface Initialization Required"), Map.entry(0x0002, "Parameter Is Invalid"),
            Map.entry(0x0003, "Channel Not Ready"), Map.entry(0x0004, "Package Not Ready"),
            Map.entry(0x0005, "Invalid Payload Length"), Map.entry(0x0006, "Information Not Available"),
            Map.entry(0x0007, "Intervention Required"), Map.entry(0x0008, "Link Command Failed - Hardware Access Error"),
            Map.entry(0x0009, "Command Timeout"), Map.entry(0x000A, "Secondary Device Not Powered"),
            Map.entry(0x7FFF, "Unknown/Unsupported Command Type"));

    public ReasonCode {
        WireRange.unsigned(code, 16, "reason code");
    }

    public static ReasonCode of(int code) {
        return new ReasonCode(code);
    }

    public boolean isNoError() {
        return code == 0;
    }

    /** 0x01xx..0x7Exx: a reason defined by the command whose code is the high byte. */
    public boolean isCommandSpecific() {
        return code >= 0x0100 && code < 0x7F00;
    }

    /** {@code Channel Not Ready (0x0003)}, {@code command specific (0x0901)} or {@code unknown(0x0042)}. */
    public String label() {
        if (isCommandSpecific()) {
            return String.format("command specific (0x%04x)", code);
        }
        return WireRange.label(NAMES, code, 4);
    }

    @Override
    public String toString() {
        return label();
    }
}
