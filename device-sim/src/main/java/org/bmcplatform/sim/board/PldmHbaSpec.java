package org.bmcplatform.sim.board;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bmcplatform.sim.thermal.ThermalParameters;

/**
 * A storage HBA whose management controller is a PLDM terminus behind an MCTP endpoint
 * ({@code type: pldm-hba}, message types control and PLDM; device-protocols.md §3.6): PLDM Type 2
 * sensors for its controller and the hard drives behind it, Type 4 FRU records for both.
 *
 * @param id                    board-unique handle, e.g. {@code hba0}
 * @param bus                   name of the bus it sits on (any binding)
 * @param address               its 7-bit address on an SMBus bus; {@link BusSpec#NO_ADDRESS} on a point-to-point link
 * @param slot                  where a person finds it, e.g. {@code PCIe slot 3}; may be empty
 * @param identity              what its FRU record and endpoint UUID report
 * @param thermal               how its controller (ROC) heats up; warning and critical become the sensor's thresholds
 * @param temperatureResolution °C per raw count of its controller temperature sensor: 1 or 0.5
 * @param drives                the hard drives behind it, in slot order
 * @param turnaround            its request-to-response time
 * @param present               whether it is plugged in (powered) when the board starts
 * @param seed                  seed of the workload random walks (controller and drives)
 */
public record PldmHbaSpec(String id, String bus, int address, String slot, Identity identity, ThermalParameters thermal,
                          double temperatureResolution, List<HbaDriveSpec> drives, Duration turnaround, boolean present,
                          long seed) implements ComponentSpec {
    /** The resolutions the controller temperature sensor may have, in °C. */
    public static final Set<Double> RESOLUTIONS = Set.of(1.0, 0.5);
    /** How many drives an HBA carries (issue 4: 4 to 8). */
    public static final int MIN_DRIVES = 4;
    public static final int MAX_DRIVES = 8;

    public PldmHbaSpec {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(thermal, "thermal");
        if (!RESOLUTIONS.contains(temperatureResolution)) {
            throw new IllegalArgumentException("temperature resolution is 1 or 0.5 °C, was " + temperatureResolution);
        }
        drives = List.copyOf(drives);
        Set<Integer> slots = new HashSet<>();
        for (HbaDriveSpec d : drives) {
            if (!slots.add(d.slot())) {
                throw new IllegalArgumentException("drive slot " + d.slot() + " is used twice");
            }
        }
    }

    /**
     * Who the HBA is: its FRU General record (DSP0257) and its MCTP endpoint UUID.
     *
     * @param manufacturer FRU Manufacturer
     * @param model        FRU Model
     * @param serial       FRU Serial Number
     * @param firmware     FRU Version (the controller firmware)
     * @param partNumber   FRU Part Number
     * @param uuid         endpoint UUID (DSP0236 Get Endpoint UUID), unique on the board, survives hot-plug
     */
    public record Identity(String manufacturer, String model, String serial, String firmware, String partNumber, UUID uuid) {
        public Identity {
            Objects.requireNonNull(uuid, "uuid");
        }
    }

    @Override
    public String type() {
        return PLDM_HBA;
    }

    @Override
    public UUID uuid() {
        return identity.uuid();
    }

    /** The drive in {@code slot}. */
    public Optional<HbaDriveSpec> drive(int driveSlot) {
        return drives.stream().filter(d -> d.slot() == driveSlot).findFirst();
    }
}
