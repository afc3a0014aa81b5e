package org.bmcplatform.profiles.nvmemi;

import java.util.Map;

/**
 * The NVMe-MI response Status byte (NVMe-MI 1.2 §4.1.2, "Status" values). A peer's "no" is one of
 * these values, never an exception. Unknown codes are kept and round-trip.
 */
public record MiStatus(int code) {
    public static final MiStatus SUCCESS = new MiStatus(0x00);
    public static final MiStatus MORE_PROCESSING_REQUIRED = new MiStatus(0x01);
    public static final MiStatus INTERNAL_ERROR = new MiStatus(0x02);
    public static final MiStatus INVALID_COMMAND_OPCODE = new MiStatus(0x03);
    public static final MiStatus INVALID_PARAMETER = new MiStatus(0x04);
    public static final MiStatus INVALID_COMMAND_SIZE = new MiStatus(0x05);
    public static final MiStatus INVALID_COMMAND_INPUT_DATA_SIZE = new MiStatus(0x06);
    public static final MiStatus ACCESS_DENIED = new MiStatus(0x07);
    public static final MiStatus VPD_UPDATES_EXCEEDED = new MiStatus(0x20);
    public static final MiStatus PCIE_INACCESSIBLE = new MiStatus(0x21);
    public static final MiStatus MEB_SANITIZED = new MiStatus(0x22);
    public static final MiStatus SANITIZE_IN_PROGRESS = new MiStatus(0x2A);

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x00, "success"), Map.entry(0x01, "more processing required"),
            Map.entry(0x02, "internal error"), Map.entry(0x03, "invalid command opcode"),
            Map.entry(0x04, "invalid parameter"), Map.entry(0x05, "invalid command size"),
            Map.entry(0x06, "invalid command input data size"), Map.entry(0x07, "access denied"),
            Map.entry(0x20, "VPD updates exceeded"), Map.entry(0x21, "PCIe inaccessible"),
            Map.entry(0x22, "management endpoint buffer sanitized"), Map.entry(0x2A, "sanitize in progress"));

    public MiStatus {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("status is one byte, was " + code);
        }
    }

    public static MiStatus of(int code) {
        return new MiStatus(code);
    }

    public boolean isSuccess() {
        return code == 0;
    }

    public boolean isVendorSpecific() {
        return code >= 0xE0;
    }

    /** {@code invalid command opcode (0x03)}, {@code vendor specific (0xe1)} or {@code unknown(0x30)}. */
    public String label() {
        String n = NAMES.get(code);
        if (n != null) {
            return n + String.format(" (0x%02x)", code);
        }
        return isVendorSpecific() ? String.format("vendor specific (0x%02x)", code) : String.format("unknown(0x%02x)", code);
    }

    @Override
    public String toString() {
        return label();
    }
}
