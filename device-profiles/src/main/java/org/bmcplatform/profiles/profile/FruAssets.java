package org.bmcplatform.profiles.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bmcplatform.profiles.pldm.FruField;
import org.bmcplatform.profiles.pldm.FruFieldType;
import org.bmcplatform.profiles.pldm.FruRecord;

/**
 * The asset keys a PLDM FRU General record gives (DSP0257 General FRU record field types, as openbmc maps
 * them to inventory): Manufacturer → manufacturer, Model → model, Part Number → partNumber, Serial Number →
 * serialNumber, Name → productName, Version → firmwareRevision (what NICs, HBAs and drives put there), SKU →
 * sku, Asset Tag → assetTag, Description → description. Strings are read in the record's encoding and
 * stripped of padding; empty values are left out.
 */
final class FruAssets {
    private static final Map<FruFieldType, String> KEYS = Map.of(FruFieldType.MANUFACTURER, "manufacturer",
            FruFieldType.MODEL, "model", FruFieldType.PART_NUMBER, "partNumber", FruFieldType.SERIAL_NUMBER, "serialNumber",
            FruFieldType.NAME, "productName", FruFieldType.VERSION, "firmwareRevision", FruFieldType.SKU, "sku",
            FruFieldType.ASSET_TAG, "assetTag", FruFieldType.DESCRIPTION, "description");

    private FruAssets() {
    }

    static Map<String, String> of(FruRecord record) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FruField f : record.fields()) {
            String key = KEYS.get(f.type());
            if (key != null) {
                String value = f.text(record.encoding()).replace('\u0000', ' ').strip();
                if (!value.isEmpty()) {
                    out.putIfAbsent(key, value);
                }
            }
        }
        return out;
    }
}
