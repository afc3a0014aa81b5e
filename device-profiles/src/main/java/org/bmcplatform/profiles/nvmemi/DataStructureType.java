package org.bmcplatform.profiles.nvmemi;

import java.util.Map;

/** DTYP of Read NVMe-MI Data Structure (NVMe-MI 1.2 §5.7). Unknown codes round-trip. */
public record DataStructureType(int code) {
    public static final DataStructureType SUBSYSTEM_INFORMATION = new DataStructureType(0x00);
    public static final DataStructureType PORT_INFORMATION = new DataStructureType(0x01);
    public static final DataStructureType CONTROLLER_LIST = new DataStructureType(0x02);
    public static final DataStructureType CONTROLLER_INFORMATION = new DataStructureType(0x03);
    public static final DataStructureType OPTIONAL_COMMANDS = new DataStructureType(0x04);
    public static final DataStructureType MEB_COMMANDS = new DataStructureType(0x05);

    private static final Map<Integer, String> NAMES = Map.of(0, "NVM subsystem information",
            1, "port information", 2, "controller list", 3, "controller information",
            4, "optionally supported command list", 5, "MEB supported command list");

    public DataStructureType {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("DTYP is one byte, was " + code);
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
