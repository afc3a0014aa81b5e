package org.bmcplatform.app.buses;

import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.control.BusOwner;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;

/** Endpoint setup on the Java stack: the bus owner assigns or adopts EIDs on links it owns, learns them on others. */
final class StackEndpointSetup implements EndpointSetup {
    private final BusOwner busOwner;

    StackEndpointSetup(BusOwner busOwner) {
        this.busOwner = busOwner;
    }

    @Override
    public CompletableFuture<DiscoveredEndpoint> setUp(Bus bus, int address) {
        LinkAddress link = bus.linkAddress(address);
        return bus.ownsLink() ? busOwner.setupEndpoint(bus.interfaceName(), link)
                : busOwner.learnEndpoint(bus.interfaceName(), link);
    }

    @Override
    public void forget(DiscoveredEndpoint endpoint) {
        busOwner.forget(endpoint);
    }
}
