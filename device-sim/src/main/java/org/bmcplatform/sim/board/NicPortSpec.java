package org.bmcplatform.sim.board;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.bmcplatform.profiles.ncsi.SpeedDuplex;

/**
 * One port of a {@code ncsi-nic} (an item of its {@code ports} list): NC-SI channel {@code port} of the
 * NIC's package.
 *
 * @param port        the port number, which is also its NC-SI internal channel ID (0..3)
 * @param speed       the speed and duplex its Get Link Status reports while the link is up
 * @param linkUp      whether the link is up when the board starts
 * @param transceiver whether it carries a module (transceiver) with a PLDM temperature sensor
 * @param flap        an optional periodic link flap
 */
public record NicPortSpec(int port, SpeedDuplex speed, boolean linkUp, boolean transceiver, Optional<LinkFlap> flap) {
    public static final int MAX_PORT = 3;

    public NicPortSpec {
        if (port < 0 || port > MAX_PORT) {
            throw new IllegalArgumentException("port is 0.." + MAX_PORT + ", was " + port);
        }
        Objects.requireNonNull(speed, "speed");
        Objects.requireNonNull(flap, "flap");
    }

    /**
     * A link that goes down every {@code period} (first at one period after power-on) and comes back
     * {@code down} later, on the board's scheduler.
     */
    public record LinkFlap(Duration period, Duration down) {
        public LinkFlap {
            if (down.isNegative() || down.isZero() || down.compareTo(period) >= 0) {
                throw new IllegalArgumentException("a flap is down for a positive time shorter than its period: " + down + " of " + period);
            }
        }
    }
}
