package org.bmcplatform.app.ports;

import java.time.Instant;

/**
 * A port received frames with a bad FCS (CRC) since its counters were last read: {@code delta} more, {@code total}
 * as the NIC counts them now. For the event log.
 */
public record PortErrorsGrew(long componentId, String componentName, int port, long delta, long total, Instant at) {
}
