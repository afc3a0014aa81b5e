package org.bmcplatform.profiles.pldm;

import java.util.Map;

/**
 * PDRType of the PDR common header (DSP0248 §28.2 "PDR type values"). Unknown codes round-trip.
 */
public record PdrType(int code) {
    public static final PdrType TERMINUS_LOCATOR = new PdrType(1);
    public static final PdrType NUMERIC_SENSOR = new PdrType(2);
    public static final PdrType NUMERIC_SENSOR_INITIALIZATION = new PdrType(3);
    public static final PdrType STATE_SENSOR = new PdrType(4);
    public static final PdrType SENSOR_AUXILIARY_NAMES = new PdrType(6);
    public static final PdrType NUMERIC_EFFECTER = new PdrType(9);
    public static final PdrType STATE_EFFECTER = new PdrType(11);
    public static final PdrType ENTITY_ASSOCIATION = new PdrType(15);
    public static final PdrType ENTITY_AUXILIARY_NAMES = new PdrType(16);
    public static final PdrType FRU_RECORD_SET = new PdrType(20);
    public static final PdrType COMPACT_NUMERIC_SENSOR = new PdrType(21);
    public static final PdrType OEM_DEVICE = new PdrType(126);
    public static final PdrType OEM = new PdrType(127);

    private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(1, "Terminus Locator"),
            Map.entry(2, "Numeric Sensor"), Map.entry(3, "Numeric Sensor Initialization"), Map.entry(4, "State Sensor"),
            Map.entry(5, "State Sensor Initialization"), Map.entry(6, "Sensor Auxiliary Names"), Map.entry(7, "OEM Unit"),
            Map.entry(8, "OEM State Set"), Map.entry(9, "Numeric Effecter"), Map.entry(10, "Numeric Effecter Initialization"),
            Map.entry(11, "State Effecter"), Map.entry(12, "State Effecter Initialization"),
            Map.entry(13, "Effecter Auxiliary Names"), Map.entry(14, "Effecter OEM Semantic"),
            Map.entry(15, "Entity Association"), Map.entry(16, "Entity Auxiliary Names"), Map.entry(17, "OEM Entity ID"),
            Map.entry(18, "Interrupt Association"), Map.entry(19, "Event Log"), Map.entry(20, "FRU Record Set"),
            Map.entry(21, "Compact Numeric Sensor"), Map.entry(126, "OEM Device"), Map.entry(127, "OEM"));

    public PdrType {
        WireRange.unsigned(code, 8, "PDR type");
    }

    public String label() {
        return WireRange.label(NAMES, code);
    }

    @Override
    public String toString() {
        return label();
    }
}
