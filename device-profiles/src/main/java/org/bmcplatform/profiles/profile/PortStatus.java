package org.bmcplatform.profiles.profile;

import org.bmcplatform.profiles.ncsi.LinkStatus;
import org.bmcplatform.profiles.ncsi.SpeedDuplex;

/**
 * One NIC port (an NC-SI channel) at one poll, from Get Link Status (DSP0222, Link Status field): link, speed
 * in Mb/s (0 without link or for an unnamed code), duplex ({@code full}, {@code half}, or empty), whether
 * autonegotiation is enabled and complete, and TX/RX flow control. {@code detail} says why a link is UNKNOWN.
 */
public record PortStatus(int port, PortLink link, long speedMbps, String duplex, boolean autonegotiation,
                         boolean txFlowControl, boolean rxFlowControl, String detail) {
    public PortStatus {
        if (port < 0 || link == null || duplex == null || detail == null) {
            throw new IllegalArgumentException("port, link, duplex and detail are required");
        }
    }

    /**
     * A port from an NC-SI Link Status field (DSP0222 Table "Link Status field bit definitions"), as Get Link Status
     * and the Link Status Change AEN both carry it.
     */
    public static PortStatus of(int port, LinkStatus s) {
        SpeedDuplex sd = s.speedDuplex();
        boolean half = sd.equals(SpeedDuplex.BASE_T_10_HALF) || sd.equals(SpeedDuplex.BASE_TX_100_HALF)
                || sd.equals(SpeedDuplex.BASE_T4_100) || sd.equals(SpeedDuplex.BASE_T_1000_HALF);
        String duplex = !s.linkUp() || sd.megabitsPerSecond() == 0 ? "" : half ? "half" : "full";
        return new PortStatus(port, s.linkUp() ? PortLink.UP : PortLink.DOWN, s.linkUp() ? sd.megabitsPerSecond() : 0, duplex,
                s.autonegotiationEnabled() && s.autonegotiationComplete(), s.txFlowControl(), s.rxFlowControl(), "");
    }

    static PortStatus unknown(int port, String why) {
        return new PortStatus(port, PortLink.UNKNOWN, 0, "", false, false, false, why);
    }
}
