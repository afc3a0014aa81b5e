package org.bmcplatform.mctp.control;

import java.util.Map;

/** A control command code (DSP0236 Table 12). Unknown codes are kept and round-trip. */
public record ControlCommand(int code) {
    public static final ControlCommand SET_ENDPOINT_ID = new ControlCommand(0x01);
    public static final ControlCommand GET_ENDPOINT_ID = new ControlCommand(0x02);
    public static final ControlCommand GET_ENDPOINT_UUID = new ControlCommand(0x03);
    public static final ControlCommand GET_MCTP_VERSION_SUPPORT = new ControlCommand(0x04);
    public static final ControlCommand GET_MESSAGE_TYPE_SUPPORT = new ControlCommand(0x05);
    public static final ControlCommand GET_VENDOR_DEFINED_MESSAGE_SUPPORT = new ControlCommand(0x06);
    public static final ControlCommand RESOLVE_ENDPOINT_ID = new ControlCommand(0x07);
    public static final ControlCommand ALLOCATE_ENDPOINT_IDS = new ControlCommand(0x08);
    public static final ControlCommand GET_NETWORK_ID = new ControlCommand(0x0E);

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x00, "Reserved"), Map.entry(0x01, "Set Endpoint ID"), Map.entry(0x02, "Get Endpoint ID"),
            Map.entry(0x03, "Get Endpoint UUID"), Map.entry(0x04, "Get MCTP Version Support"),
            Map.entry(0x05, "Get Message Type Support"), Map.entry(0x06, "Get Vendor Defined Message Support"),
            Map.entry(0x07, "Resolve Endpoint ID"), Map.entry(0x08, "Allocate Endpoint IDs"),
            Map.entry(0x09, "Routing Information Update"), Map.entry(0x0A, "Get Routing Table Entries"),
            Map.entry(0x0B, "Prepare for Endpoint Discovery"), Map.entry(0x0C, "Endpoint Discovery"),
            Map.entry(0x0D, "Discovery Notify"), Map.entry(0x0E, "Get Network ID"), Map.entry(0x0F, "Query Hop"),
            Map.entry(0x10, "Resolve UUID"), Map.entry(0x11, "Query Rate Limit"),
            Map.entry(0x12, "Request TX Rate Limit"), Map.entry(0x13, "Update Rate Limit"),
            Map.entry(0x14, "Query Supported Interfaces"));

    public ControlCommand {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("command code is one byte, was " + code);
        }
    }

    public static ControlCommand of(int code) {
        return new ControlCommand(code);
    }

    /** The spec name, {@code transport specific (0xf2)} or {@code unknown(0x2a)}. */
    public String label() {
        String n = NAMES.get(code);
        if (n != null) {
            return n;
        }
        return code >= 0xF0 ? String.format("transport specific (0x%02x)", code) : String.format("unknown(0x%02x)", code);
    }

    @Override
    public String toString() {
        return label();
    }
}
