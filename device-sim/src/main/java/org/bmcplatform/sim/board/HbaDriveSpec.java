package org.bmcplatform.sim.board;

import java.util.Objects;
import org.bmcplatform.sim.thermal.ThermalParameters;

/**
 * A hard drive behind a {@code pldm-hba} (one item of its {@code drives} list). It has no MCTP endpoint
 * of its own: the HBA reports its temperature as a PLDM numeric sensor and its identity as a FRU record.
 *
 * @param slot         the HBA port/bay it is cabled to, 0..254, unique on the HBA
 * @param manufacturer FRU Manufacturer; may be empty (the field is then left out)
 * @param model        FRU Model (ATA model number, at most 40 characters)
 * @param serial       FRU Serial Number (at most 20 characters)
 * @param firmware     FRU Version (firmware revision, at most 8 characters)
 * @param capacityGb   capacity in GB (10^9 bytes) for the FRU Description; 0 when not given
 * @param thermal      how it heats up; warning and critical become its sensor's thresholds
 * @param present      whether it is cabled in when the board starts
 */
public record HbaDriveSpec(int slot, String manufacturer, String model, String serial, String firmware, long capacityGb,
                           ThermalParameters thermal, boolean present) {
    public static final int MAX_SLOT = 254;

    public HbaDriveSpec {
        if (slot < 0 || slot > MAX_SLOT) {
            throw new IllegalArgumentException("drive slot is 0.." + MAX_SLOT + ", was " + slot);
        }
        Objects.requireNonNull(thermal, "thermal");
    }
}
