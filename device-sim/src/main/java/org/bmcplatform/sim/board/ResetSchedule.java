package org.bmcplatform.sim.board;

import java.time.Duration;

/**
 * A component that resets by itself now and then (a firmware watchdog, a NIC firmware that reloads; reference
 * device-protocols.md §7 caveat 14): one period after power-on and every period after that it drops off its
 * bus for {@code down}, then powers on again with no EID, so the bus owner assigns one afresh.
 *
 * @param period time between resets, counted from power-on
 * @param down   time off the bus, shorter than the period
 */
public record ResetSchedule(Duration period, Duration down) {
    public ResetSchedule {
        if (down.isNegative() || down.isZero() || down.compareTo(period) >= 0) {
            throw new IllegalArgumentException("a reset keeps the component off its bus for a positive time shorter than its period: "
                    + down + " of " + period);
        }
    }
}
