package org.bmcplatform.app.buses;

import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;
import org.bmcplatform.mctp.control.EndpointQuery;

/**
 * Endpoints on the kernel transport: mctpd has assigned the EIDs and the kernel routes to them, so an
 * address of the network's bus is an EID and setting it up is asking it what it is (UUID, message types).
 * An EID without a kernel route fails at once with NO_ROUTE. Nothing is given back on forget: mctpd owns
 * the EIDs and routes.
 */
final class KernelEndpointSetup implements EndpointSetup {
    private final EndpointQuery query;

    KernelEndpointSetup(EndpointQuery query) {
        this.query = query;
    }

    @Override
    public CompletableFuture<DiscoveredEndpoint> setUp(Bus bus, int address) {
        EndpointId eid = EndpointId.of(address);
        return query.describe(bus.network(), eid, "EID " + eid + " on network " + bus.network())
                .thenApply(d -> new DiscoveredEndpoint(bus.network(), eid, d.uuid(), bus.interfaceName(), LinkAddress.NONE,
                        d.messageTypes(), false));
    }

    @Override
    public void forget(DiscoveredEndpoint endpoint) {
        // mctpd keeps the EID and the route; it removes them itself when the endpoint goes away
    }
}
