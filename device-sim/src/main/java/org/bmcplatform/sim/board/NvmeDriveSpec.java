package org.bmcplatform.sim.board;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bmcplatform.sim.thermal.ThermalParameters;

/**
 * An NVMe drive on an SMBus segment ({@code type: nvme-drive}): an NVMe-MI endpoint over MCTP, the NVMe Basic
 * Management Command (NVMe-MI 1.2 Appendix A), or both.
 *
 * @param id             board-unique handle, e.g. {@code nvme0}
 * @param bus            name of the SMBus bus it sits on
 * @param address        its 7-bit address on that bus (its MCTP endpoint's; a drive without MI answers basic
 *                       management there)
 * @param slot           where a person finds it, e.g. {@code Bay 0}
 * @param identity       what it reports about itself
 * @param thermal        how it heats up
 * @param quirks         named deviations from the spec it shows (see BOARD-FILE.md)
 * @param turnaround     its request-to-response time
 * @param present        whether it is plugged in when the board starts
 * @param percentageUsed initial percentage drive life used
 * @param seed           seed of its workload random walk
 * @param mi             whether it has an NVMe-MI endpoint over MCTP at {@code address}
 * @param basicManagement where it answers the Basic Management Command, if it does
 */
public record NvmeDriveSpec(String id, String bus, int address, String slot, IdentitySpec identity,
                            ThermalParameters thermal, Set<String> quirks, Duration turnaround, boolean present,
                            double percentageUsed, long seed, boolean mi, Optional<BasicManagementSpec> basicManagement)
        implements ComponentSpec {
    /** Identify Controller with a non-zero controller ID answers Invalid Parameter (libnvme PR #779). */
    public static final String QUIRK_REJECTS_NONZERO_CNTID = "rejects-nonzero-cntid";
    /**
     * The NVM Subsystem Health Status Poll's CTEMP is always 0x80 (no data); the temperature is only in the
     * Controller Health Status Poll, as Kelvin (NVMe-MI 1.2 §5.3 and §5.6 use different encodings).
     */
    public static final String QUIRK_CTEMP_CONTROLLER_ONLY = "ctemp-controller-only";
    public static final Set<String> KNOWN_QUIRKS = Set.of(QUIRK_REJECTS_NONZERO_CNTID, QUIRK_CTEMP_CONTROLLER_ONLY);

    public NvmeDriveSpec {
        quirks = Set.copyOf(quirks);
        if (!mi && basicManagement.isEmpty()) {
            throw new IllegalArgumentException(id + ": a drive without NVMe-MI must answer basic management");
        }
    }

    @Override
    public String type() {
        return NVME_DRIVE;
    }

    @Override
    public UUID uuid() {
        return identity.uuid();
    }

    @Override
    public boolean hasMctpEndpoint() {
        return mi;
    }

    public boolean hasQuirk(String quirk) {
        return quirks.contains(quirk);
    }

    /**
     * The same drive reporting firmware {@code revision}: Identify Controller FR is 8 bytes of printable
     * ASCII (NVMe 2.0 Figure 275, bytes 71:64), padded with spaces.
     *
     * @throws IllegalArgumentException when it does not fit there
     */
    public NvmeDriveSpec withFirmware(String revision) {
        if (revision == null || revision.isBlank() || revision.length() > 8
                || !revision.chars().allMatch(ch -> ch >= 0x20 && ch <= 0x7E)) {
            throw new IllegalArgumentException("firmware revision '" + revision
                    + "' must be 1 to 8 printable ASCII characters (Identify Controller FR)");
        }
        return new NvmeDriveSpec(id, bus, address, slot, identity.withFirmware(revision), thermal, quirks, turnaround,
                present, percentageUsed, seed, mi, basicManagement);
    }
}
