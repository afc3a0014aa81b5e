package org.bmcplatform.profiles.profile;

import java.util.List;
import java.util.Map;

/**
 * Assets read by a profile's identification steps. Keys: manufacturer, model, serialNumber,
 * firmwareRevision, partNumber, vendorId ({@code 0x1d0f}), productName, nvmeMiVersion. Steps the
 * device refused or answered malformed leave their keys out and add a warning.
 */
public record Identification(Map<String, String> assets, List<String> warnings) {
    public Identification {
        assets = Map.copyOf(assets);
        warnings = List.copyOf(warnings);
    }
}
