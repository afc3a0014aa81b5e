package org.bmcplatform.profiles.nvmemi;

import java.util.Map;

/** NVMe-MI command opcodes (NVMe-MI 1.2 §5, Figure "NVMe-MI Command Set Overview"). Unknown codes round-trip. */
public record MiOpcode(int code) {
    public static final MiOpcode READ_DATA_STRUCTURE = new MiOpcode(0x00);
    public static final MiOpcode SUBSYSTEM_HEALTH_STATUS_POLL = new MiOpcode(0x01);
    public static final MiOpcode CONTROLLER_HEALTH_STATUS_POLL = new MiOpcode(0x02);
    public static final MiOpcode CONFIGURATION_SET = new MiOpcode(0x03);
    public static final MiOpcode CONFIGURATION_GET = new MiOpcode(0x04);
    public static final MiOpcode VPD_READ = new MiOpcode(0x05);
    public static final MiOpcode VPD_WRITE = new MiOpcode(0x06);
    public static final MiOpcode RESET = new MiOpcode(0x07);

    private static final Map<Integer, String> NAMES = Map.of(0, "read NVMe-MI data structure",
            1, "NVM subsystem health status poll", 2, "controller health status poll",
            3, "configuration set", 4, "configuration get", 5, "VPD read", 6, "VPD write", 7, "reset");

    public MiOpcode {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("opcode is one byte, was " + code);
        }
    }

    public String label() {
        String n = NAMES.get(code);
        return n != null ? n : String.format("unknown(0x%02x)", code);
    }

    @Override
    public String toString() {
        return label();
    }
}
