package org.bmcplatform.sim.board;

import java.time.Duration;
import java.util.Set;
import org.bmcplatform.sim.thermal.ThermalParameters;

/**
 * One component of the board.
 *
 * @param id             board-unique handle, e.g. {@code nvme0}
 * @param type           component kind; {@code nvme-drive}
 * @param bus            name of the bus it sits on
 * @param address        its 7-bit address on that bus
 * @param slot           where a person finds it, e.g. {@code Bay 0}
 * @param identity       what it reports about itself
 * @param thermal        how it heats up
 * @param quirks         named deviations from the spec it shows (see BOARD-FILE.md)
 * @param turnaround     its request-to-response time
 * @param present        whether it is plugged in when the board starts
 * @param percentageUsed initial percentage drive life used
 * @param seed           seed of its workload random walk
 */
public record ComponentSpec(String id, String type, String bus, int address, String slot, IdentitySpec identity,
                            ThermalParameters thermal, Set<String> quirks, Duration turnaround, boolean present,
                            double percentageUsed, long seed) {
    public static final String NVME_DRIVE = "nvme-drive";
    /** Identify Controller with a non-zero controller ID answers Invalid Parameter (libnvme PR #779). */
    public static final String QUIRK_REJECTS_NONZERO_CNTID = "rejects-nonzero-cntid";
    public static final Set<String> KNOWN_QUIRKS = Set.of(QUIRK_REJECTS_NONZERO_CNTID);
    public static final Duration DEFAULT_TURNAROUND = Duration.ofNanos(200_000);

    public ComponentSpec {
        quirks = Set.copyOf(quirks);
    }

    public boolean hasQuirk(String quirk) {
        return quirks.contains(quirk);
    }
}
