package org.bmcplatform.app.discovery;

import java.time.Instant;
import org.bmcplatform.sim.board.BasicManagementSpec;

/**
 * Nobody answered the Basic Management Command at an address the bus lists (no drive there, or one whose MI
 * endpoint is used instead). Polling watches the address so a drive plugged in later is found.
 */
public record BasicAddressVacant(String busName, BasicManagementSpec where, Instant at) {
}
