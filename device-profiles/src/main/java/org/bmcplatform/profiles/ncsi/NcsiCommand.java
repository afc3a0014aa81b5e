package org.bmcplatform.profiles.ncsi;

import java.util.Map;
import java.util.Set;

/**
 * An NC-SI command code (DSP0222 "Command and response types"): the control packet type of a
 * request, 0x00..0x7F; its response has type {@code code | 0x80}. Unknown commands are kept and
 * round-trip. (Packet type 0xFF is an AEN, so command 0x7F can have no response.)
 */
public record NcsiCommand(int code) {
    public static final NcsiCommand CLEAR_INITIAL_STATE = new NcsiCommand(0x00);
    public static final NcsiCommand SELECT_PACKAGE = new NcsiCommand(0x01);
    public static final NcsiCommand DESELECT_PACKAGE = new NcsiCommand(0x02);
    public static final NcsiCommand ENABLE_CHANNEL = new NcsiCommand(0x03);
    public static final NcsiCommand DISABLE_CHANNEL = new NcsiCommand(0x04);
    public static final NcsiCommand RESET_CHANNEL = new NcsiCommand(0x05);
    public static final NcsiCommand AEN_ENABLE = new NcsiCommand(0x08);
    public static final NcsiCommand SET_LINK = new NcsiCommand(0x09);
    public static final NcsiCommand GET_LINK_STATUS = new NcsiCommand(0x0A);
    public static final NcsiCommand SET_MAC_ADDRESS = new NcsiCommand(0x0E);
    public static final NcsiCommand GET_VERSION_ID = new NcsiCommand(0x15);
    public static final NcsiCommand GET_CAPABILITIES = new NcsiCommand(0x16);
    public static final NcsiCommand GET_PARAMETERS = new NcsiCommand(0x17);
    public static final NcsiCommand GET_CONTROLLER_PACKET_STATISTICS = new NcsiCommand(0x18);
    public static final NcsiCommand OEM = new NcsiCommand(0x50);
    public static final NcsiCommand GET_PACKAGE_UUID = new NcsiCommand(0x52);

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x00, "Clear Initial State"), Map.entry(0x01, "Select Package"), Map.entry(0x02, "Deselect Package"),
            Map.entry(0x03, "Enable Channel"), Map.entry(0x04, "Disable Channel"), Map.entry(0x05, "Reset Channel"),
            Map.entry(0x06, "Enable Channel Network TX"), Map.entry(0x07, "Disable Channel Network TX"),
            Map.entry(0x08, "AEN Enable"), Map.entry(0x09, "Set Link"), Map.entry(0x0A, "Get Link Status"),
            Map.entry(0x0B, "Set VLAN Filter"), Map.entry(0x0C, "Enable VLAN"), Map.entry(0x0D, "Disable VLAN"),
            Map.entry(0x0E, "Set MAC Address"), Map.entry(0x10, "Enable Broadcast Filter"),
            Map.entry(0x11, "Disable Broadcast Filter"), Map.entry(0x12, "Enable Global Multicast Filter"),
            Map.entry(0x13, "Disable Global Multicast Filter"), Map.entry(0x14, "Set NC-SI Flow Control"),
            Map.entry(0x15, "Get Version ID"), Map.entry(0x16, "Get Capabilities"), Map.entry(0x17, "Get Parameters"),
            Map.entry(0x18, "Get Controller Packet Statistics"), Map.entry(0x19, "Get NC-SI Statistics"),
            Map.entry(0x1A, "Get NC-SI Pass-through Statistics"), Map.entry(0x1B, "Get Package Status"),
            Map.entry(0x50, "OEM"), Map.entry(0x51, "PLDM"), Map.entry(0x52, "Get Package UUID"),
            Map.entry(0x56, "Query Pending NC PLDM Request"), Map.entry(0x57, "Send NC PLDM Reply"),
            Map.entry(0x58, "Get MC MAC Address"));

    private static final Set<Integer> MODELLED = Set.of(0x08, 0x0A, 0x15, 0x16, 0x18, 0x52);

    public NcsiCommand {
        WireRange.unsigned(code, 7, "command code");
    }

    public static NcsiCommand of(int code) {
        return new NcsiCommand(code);
    }

    /** The control packet type of the response: {@code code | 0x80}. */
    public int responseType() {
        return code | 0x80;
    }

    /** Whether this package has request and response records for the command (otherwise Other* carry it). */
    public boolean isModelled() {
        return MODELLED.contains(code);
    }

    /** {@code Get Link Status (0x0a)} or {@code unknown(0x30)}. */
    public String label() {
        return WireRange.label(NAMES, code, 2);
    }

    @Override
    public String toString() {
        return label();
    }
}
