package org.bmcplatform.profiles.pldm;

import java.util.Map;

/**
 * The PLDM type, bits 5:0 of header byte 1 (DSP0240 Table "PLDM message common fields"; type codes
 * from DSP0245 "PLDM Type codes"). Unknown codes are kept and round-trip.
 */
public record PldmType(int code) {
    public static final PldmType BASE = new PldmType(0x00);
    public static final PldmType SMBIOS = new PldmType(0x01);
    public static final PldmType PLATFORM = new PldmType(0x02);
    public static final PldmType BIOS = new PldmType(0x03);
    public static final PldmType FRU = new PldmType(0x04);
    public static final PldmType FIRMWARE_UPDATE = new PldmType(0x05);
    public static final PldmType RDE = new PldmType(0x06);
    public static final PldmType FILE_TRANSFER = new PldmType(0x07);
    public static final PldmType OEM = new PldmType(0x3F);

    private static final Map<Integer, String> NAMES = Map.of(0, "base", 1, "SMBIOS", 2, "platform monitoring and control",
            3, "BIOS control", 4, "FRU data", 5, "firmware update", 6, "Redfish device enablement", 7, "file transfer",
            0x3F, "OEM");

    public PldmType {
        WireRange.unsigned(code, 6, "PLDM type");
    }

    public String label() {
        return WireRange.label(NAMES, code);
    }

    @Override
    public String toString() {
        return label();
    }
}
