package org.bmcplatform.sim.board;

import java.time.Duration;
import java.util.Optional;

/** Reads a component's optional {@code resets: { period-s, down-s }} (device-sim/BOARD-FILE.md "resets"). */
final class ResetReader {
    static final String KEY = "resets";
    /** At most a day between resets. */
    static final double PERIOD_MAX_S = 86_400;

    private ResetReader() {
    }

    static Optional<ResetSchedule> read(MappingReader c) {
        return c.optionalMapping(KEY).map(r -> {
            r.allowOnly("period-s", "down-s");
            double period = r.number("period-s", 1, PERIOD_MAX_S);
            double down = r.number("down-s", 0.001, PERIOD_MAX_S);
            if (down >= period) {
                throw r.error("down-s", ThermalReader.plain(down) + " is not shorter than period-s " + ThermalReader.plain(period));
            }
            return new ResetSchedule(Duration.ofMillis(Math.round(period * 1000)), Duration.ofMillis(Math.round(down * 1000)));
        });
    }
}
