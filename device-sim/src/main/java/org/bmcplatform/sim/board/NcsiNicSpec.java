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
 * A network adapter managed over MCTP ({@code type: ncsi-nic}, message types control, NC-SI and PLDM;
 * device-protocols.md §1, §3, §5): one NC-SI package whose channels are its 2-4 ports, and a PLDM
 * terminus with its temperatures and FRU record.
 *
 * @param id         board-unique handle, e.g. {@code nic0}
 * @param bus        name of the bus it sits on (any binding)
 * @param address    its 7-bit address on an SMBus bus; {@link BusSpec#NO_ADDRESS} on a point-to-point link
 * @param slot       where a person finds it, e.g. {@code OCP slot 0}; may be empty
 * @param identity   what Get Version ID, Get Package UUID, the FRU record and Get Endpoint UUID report
 * @param packageId  its NC-SI package ID (0..7), bits 7:5 of the Channel ID
 * @param ports      its ports in port order; port n is NC-SI channel n
 * @param variants   the vendor deviations it shows
 * @param thermal    how its ASIC heats up; warning and critical become the sensor's thresholds
 * @param turnaround its request-to-response time
 * @param present    whether it is plugged in (powered) when the board starts
 * @param seed       seed of the workload random walk
 */
public record NcsiNicSpec(String id, String bus, int address, String slot, Identity identity, int packageId,
                          List<NicPortSpec> ports, Set<NicVariant> variants, ThermalParameters thermal, Duration turnaround,
                          boolean present, long seed) implements ComponentSpec {
    /** How many ports (NC-SI channels) a NIC has (issue 4: 2 to 4). */
    public static final int MIN_PORTS = 2;
    public static final int MAX_PORTS = 4;
    public static final int MAX_PACKAGE_ID = 7;

    public NcsiNicSpec {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(thermal, "thermal");
        if (packageId < 0 || packageId > MAX_PACKAGE_ID) {
            throw new IllegalArgumentException("package ID is 0.." + MAX_PACKAGE_ID + ", was " + packageId);
        }
        ports = List.copyOf(ports);
        if (ports.size() < MIN_PORTS || ports.size() > MAX_PORTS) {
            throw new IllegalArgumentException("a NIC has " + MIN_PORTS + " to " + MAX_PORTS + " ports, was " + ports.size());
        }
        Set<Integer> numbers = new HashSet<>();
        for (NicPortSpec p : ports) {
            if (p.port() >= ports.size() || !numbers.add(p.port())) {
                throw new IllegalArgumentException("ports are numbered 0.." + (ports.size() - 1) + " once each, got port " + p.port());
            }
        }
        variants = Set.copyOf(variants);
    }

    /**
     * Who the NIC is.
     *
     * @param manufacturer       FRU Manufacturer
     * @param model              FRU Model
     * @param serial             FRU Serial Number
     * @param firmware           FRU Version; as 1-4 dot-separated bytes also the Get Version ID firmware version
     * @param partNumber         FRU Part Number
     * @param firmwareName       Get Version ID firmware name, at most 12 ASCII characters
     * @param manufacturerIana   Get Version ID manufacturer ID and FRU Vendor IANA (IANA enterprise number)
     * @param vendorId           PCI vendor ID
     * @param deviceId           PCI device ID
     * @param subsystemVendorId  PCI subsystem vendor ID
     * @param subsystemId        PCI subsystem ID
     * @param firmwareVersion    the Get Version ID firmware version dword, from {@code firmware}
     * @param uuid               endpoint UUID and NC-SI package UUID, unique on the board, survives hot-plug
     */
    public record Identity(String manufacturer, String model, String serial, String firmware, String partNumber,
                           String firmwareName, long manufacturerIana, int vendorId, int deviceId, int subsystemVendorId,
                           int subsystemId, long firmwareVersion, UUID uuid) {
        public Identity {
            Objects.requireNonNull(uuid, "uuid");
            if (firmwareName.length() > 12) {
                throw new IllegalArgumentException("firmware name is at most 12 characters: " + firmwareName);
            }
        }
    }

    @Override
    public String type() {
        return NCSI_NIC;
    }

    @Override
    public UUID uuid() {
        return identity.uuid();
    }

    public boolean has(NicVariant variant) {
        return variants.contains(variant);
    }

    /** The port with that number. */
    public Optional<NicPortSpec> port(int port) {
        return ports.stream().filter(p -> p.port() == port).findFirst();
    }
}
