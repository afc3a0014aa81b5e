package org.bmcplatform.profiles.pldm;

import java.util.Map;

/**
 * Field type of a General FRU record (DSP0257 Table "General FRU record field type definitions"):
 * 1 chassis type, 2 model, 3 part number, 4 serial number, 5 manufacturer, 6 manufacture date
 * (timestamp104), 7 vendor, 8 name, 9 SKU, 10 version, 11 asset tag, 12 description, 13 engineering
 * change level, 14 other information, 15 vendor IANA (uint32). All but 6 and 15 are strings in the
 * record's encoding. OEM records define their own types; codes round-trip either way.
 */
public record FruFieldType(int code) {
    public static final FruFieldType CHASSIS_TYPE = new FruFieldType(0x01);
    public static final FruFieldType MODEL = new FruFieldType(0x02);
    public static final FruFieldType PART_NUMBER = new FruFieldType(0x03);
    public static final FruFieldType SERIAL_NUMBER = new FruFieldType(0x04);
    public static final FruFieldType MANUFACTURER = new FruFieldType(0x05);
    public static final FruFieldType MANUFACTURE_DATE = new FruFieldType(0x06);
    public static final FruFieldType VENDOR = new FruFieldType(0x07);
    public static final FruFieldType NAME = new FruFieldType(0x08);
    public static final FruFieldType SKU = new FruFieldType(0x09);
    public static final FruFieldType VERSION = new FruFieldType(0x0A);
    public static final FruFieldType ASSET_TAG = new FruFieldType(0x0B);
    public static final FruFieldType DESCRIPTION = new FruFieldType(0x0C);
    public static final FruFieldType ENGINEERING_CHANGE_LEVEL = new FruFieldType(0x0D);
    public static final FruFieldType OTHER_INFORMATION = new FruFieldType(0x0E);
    public static final FruFieldType VENDOR_IANA = new FruFieldType(0x0F);

    private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(1, "chassis type"), Map.entry(2, "model"),
            Map.entry(3, "part number"), Map.entry(4, "serial number"), Map.entry(5, "manufacturer"),
            Map.entry(6, "manufacture date"), Map.entry(7, "vendor"), Map.entry(8, "name"), Map.entry(9, "SKU"),
            Map.entry(10, "version"), Map.entry(11, "asset tag"), Map.entry(12, "description"),
            Map.entry(13, "engineering change level"), Map.entry(14, "other information"), Map.entry(15, "vendor IANA"));

    public FruFieldType {
        WireRange.unsigned(code, 8, "FRU field type");
    }

    /** In a General record, a string in the record's encoding (every type but manufacture date and vendor IANA). */
    public boolean isText() {
        return code != 0x06 && code != 0x0F;
    }

    public String label() {
        return WireRange.label(NAMES, code);
    }

    @Override
    public String toString() {
        return label();
    }
}
