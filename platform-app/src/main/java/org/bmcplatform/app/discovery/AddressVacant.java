package org.bmcplatform.app.discovery;

import java.time.Instant;

/** Nobody answered at an address the board declares (an empty bay, or a drive not plugged in yet). */
public record AddressVacant(String busName, int address, Instant at) {
}
