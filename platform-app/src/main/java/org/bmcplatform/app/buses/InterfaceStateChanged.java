package org.bmcplatform.app.buses;

import java.time.Instant;

/** An interface was brought administratively up or down (the {@code mctp link set X up|down} analogue). */
public record InterfaceStateChanged(Instant at, String interfaceName, boolean up) {
}
