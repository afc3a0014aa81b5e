package org.bmcplatform.profiles.profile;

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

    static PortStatus unknown(int port, String why) {
        return new PortStatus(port, PortLink.UNKNOWN, 0, "", false, false, false, why);
    }
}
