package org.bmcplatform.app.buses;

import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;

/**
 * How the platform gets an endpoint at an address of a bus ready to talk to: on the Java stack the bus owner
 * sets it up (DSP0236 §8.17) or, on a link the far end owns, learns it; on the kernel transport mctpd has set
 * it up and the address is its EID, which the platform only asks what it is.
 */
public interface EndpointSetup {

    CompletableFuture<DiscoveredEndpoint> setUp(Bus bus, int address);

    /** The endpoint is gone: give back what setting it up took (route, neighbour, EID). */
    void forget(DiscoveredEndpoint endpoint);
}
