package org.bmcplatform.mctp;

import java.util.Map;

/**
 * The 7-bit MCTP message type (DSP0236 §8.3, DSP0239). Unknown codes are kept and round-trip.
 */
public record MessageType(int code) implements Comparable<MessageType> {
    public static final MessageType CONTROL = new MessageType(0x00);
    public static final MessageType PLDM = new MessageType(0x01);
    public static final MessageType NCSI = new MessageType(0x02);
    public static final MessageType ETHERNET = new MessageType(0x03);
    public static final MessageType NVME_MI = new MessageType(0x04);
    public static final MessageType SPDM = new MessageType(0x05);
    public static final MessageType SECURED_SPDM = new MessageType(0x06);
    public static final MessageType CXL_FM_API = new MessageType(0x07);
    public static final MessageType CXL_CCI = new MessageType(0x08);
    public static final MessageType PCIE_MI = new MessageType(0x09);
    public static final MessageType VENDOR_PCI = new MessageType(0x7E);
    public static final MessageType VENDOR_IANA = new MessageType(0x7F);

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x00, "control"), Map.entry(0x01, "pldm"), Map.entry(0x02, "ncsi"),
            Map.entry(0x03, "ethernet"), Map.entry(0x04, "nvme-mi"), Map.entry(0x05, "spdm"),
            Map.entry(0x06, "secured-spdm"), Map.entry(0x07, "cxl-fm-api"), Map.entry(0x08, "cxl-cci"),
            Map.entry(0x09, "pcie-mi"), Map.entry(0x7E, "vendor-pci"), Map.entry(0x7F, "vendor-iana"));

    public MessageType {
        if (code < 0 || code > 0x7F) {
            throw new IllegalArgumentException("message type is 7 bits (0..127), was " + code);
        }
    }

    public static MessageType of(int code) {
        return new MessageType(code);
    }

    /** Parses a name such as {@code nvme-mi} or a number such as {@code 4} or {@code 0x04}. */
    public static MessageType parse(String text) {
        String t = text.strip().toLowerCase();
        for (Map.Entry<Integer, String> e : NAMES.entrySet()) {
            if (e.getValue().equals(t)) {
                return new MessageType(e.getKey());
            }
        }
        try {
            return new MessageType(t.startsWith("0x") ? Integer.parseInt(t.substring(2), 16) : Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unknown message type '" + text + "'; use a name " + NAMES.values() + " or a number 0..127");
        }
    }

    /** A short name: {@code nvme-mi}, or {@code unknown(0x2a)}. */
    public String label() {
        String n = NAMES.get(code);
        return n != null ? n : String.format("unknown(0x%02x)", code);
    }

    @Override
    public int compareTo(MessageType o) {
        return Integer.compare(code, o.code);
    }

    @Override
    public String toString() {
        return label();
    }
}
