package org.bmcplatform.profiles.pldm;

import java.util.Map;

/** FRU record type (DSP0257 Table "FRU record format"): 1 General, 0xFE OEM. Unknown codes round-trip. */
public record FruRecordType(int code) {
    public static final FruRecordType GENERAL = new FruRecordType(0x01);
    public static final FruRecordType OEM = new FruRecordType(0xFE);

    private static final Map<Integer, String> NAMES = Map.of(0x01, "General", 0xFE, "OEM");

    public FruRecordType {
        WireRange.unsigned(code, 8, "FRU record type");
    }

    public String label() {
        return WireRange.label(NAMES, code);
    }

    @Override
    public String toString() {
        return label();
    }
}
