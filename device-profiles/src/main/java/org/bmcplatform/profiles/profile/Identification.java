package org.bmcplatform.profiles.profile;

import java.util.List;
import java.util.Map;
import org.bmcplatform.profiles.pldm.FruRecordTable;

/**
 * Assets read by a profile's identification steps. Keys: manufacturer, model, serialNumber,
 * firmwareRevision, partNumber, vendorId ({@code 0x1d0f}), productName, nvmeMiVersion; for PLDM termini
 * also pldmTid, pldmTypes, version, sku, assetTag. Steps the device refused or answered malformed leave
 * their keys out and add a warning. {@code pdrs} is the PDR repository a pldm-pdrs step read and {@code fru}
 * the FRU record table a pldm-fru step read (empty otherwise): the sensors a PLDM profile polls and the
 * components the terminus contains come from them.
 */
public record Identification(Map<String, String> assets, List<String> warnings, PdrRepository pdrs, FruRecordTable fru) {
    public static final FruRecordTable NO_FRU = new FruRecordTable(List.of());

    public Identification {
        assets = Map.copyOf(assets);
        warnings = List.copyOf(warnings);
        if (pdrs == null || fru == null) {
            throw new IllegalArgumentException("pdrs and fru are required (PdrRepository.EMPTY, NO_FRU when none was read)");
        }
    }

    public Identification(Map<String, String> assets, List<String> warnings) {
        this(assets, warnings, PdrRepository.EMPTY, NO_FRU);
    }
}
