package org.bmcplatform.profiles.nvmemi;

import java.util.Map;

/**
 * NMIMT, the NVMe-MI message type in bits 6:3 of the NMP byte (NVMe-MI 1.2 §3.1, Figure
 * "NVMe-MI Message Header"). Unknown codes are kept and round-trip.
 */
public record MessageKind(int code) {
    public static final MessageKind CONTROL_PRIMITIVE = new MessageKind(0);
    public static final MessageKind MI_COMMAND = new MessageKind(1);
    public static final MessageKind ADMIN_COMMAND = new MessageKind(2);
    public static final MessageKind PCIE_COMMAND = new MessageKind(4);
    public static final MessageKind ASYNCHRONOUS_EVENT = new MessageKind(5);

    private static final Map<Integer, String> NAMES = Map.of(0, "control primitive", 1, "MI command",
            2, "NVMe admin command", 4, "PCIe command", 5, "asynchronous event");

    public MessageKind {
        if (code < 0 || code > 0xF) {
            throw new IllegalArgumentException("NMIMT is 4 bits, was " + code);
        }
    }

    public String label() {
        String n = NAMES.get(code);
        return n != null ? n : String.format("unknown(0x%x)", code);
    }

    @Override
    public String toString() {
        return label();
    }
}
