package org.bmcplatform.profiles.ipmifru;

import java.util.List;

/**
 * Product Info Area (FRU spec §12): language code, manufacturer, product name, part/model number,
 * version, serial number, asset tag, FRU file id and custom fields. Version, length, end marker,
 * padding and checksum are computed by the codec.
 */
public record ProductInfo(int languageCode, FruField manufacturer, FruField productName, FruField partNumber,
                          FruField version, FruField serialNumber, FruField assetTag, FruField fruFileId,
                          List<FruField> custom) {
    public ProductInfo {
        if (languageCode < 0 || languageCode > 0xFF) {
            throw new IllegalArgumentException("language code is one byte, was " + languageCode);
        }
        if (manufacturer == null || productName == null || partNumber == null || version == null
                || serialNumber == null || assetTag == null || fruFileId == null) {
            throw new IllegalArgumentException("fixed fields are required (use FruField.EMPTY)");
        }
        custom = List.copyOf(custom);
    }
}
