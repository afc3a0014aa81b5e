package org.bmcplatform.app.ports;

/** Someone asked for a NIC's packet counters now (POST .../ports/counters/read): the poller polls it at once. */
public record PortCountersWanted(long componentId) {
}
