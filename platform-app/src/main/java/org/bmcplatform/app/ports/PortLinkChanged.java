package org.bmcplatform.app.ports;

import java.time.Instant;

/** A port's link or speed changed (a link flap, a renegotiated speed): for the event log and the live view. */
public record PortLinkChanged(long componentId, String componentName, int port, String previousLink, String link,
                              long speedMbps, Instant at) {
}
