package org.bmcplatform.profiles.profile;

import java.util.List;
import java.util.Map;

/**
 * Assets read by a profile's identification steps. Keys: manufacturer, model, serialNumber,
 * firmwareRevision, partNumber, vendorId ({@code 0x1d0f}), productName, nvmeMiVersion; for PLDM termini
 * also pldmTid, pldmTypes, version, sku, assetTag. Steps the device refused or answered malformed leave
 * their keys out and add a warning. {@code pdrs} is the PDR repository a pldm-pdrs step read (empty
 * otherwise): the sensors a PLDM profile polls are chosen from it.
 */
public record Identification(Map<String, String> assets, List<String> warnings, PdrRepository pdrs) {
    public Identification {
        assets = Map.copyOf(assets);
        warnings = List.copyOf(warnings);
        if (pdrs == null) {
            throw new IllegalArgumentException("pdrs is required (PdrRepository.EMPTY when none was read)");
        }
    }

    public Identification(Map<String, String> assets, List<String> warnings) {
        this(assets, warnings, PdrRepository.EMPTY);
    }
}
