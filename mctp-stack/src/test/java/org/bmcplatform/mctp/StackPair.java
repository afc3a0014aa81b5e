package org.bmcplatform.mctp;

import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.loopback.LoopbackBinding;
import org.bmcplatform.mctp.route.Route;
import org.bmcplatform.mctp.time.VirtualScheduler;

/**
 * Two stacks on one virtual-time loopback link: a requester (EID 8, address 0x10) and a responder
 * (EID 9, address 0x1d), each with a route and neighbour entry for the other.
 */
final class StackPair implements AutoCloseable {
    static final int NET = 1;
    static final EndpointId REQUESTER_EID = EndpointId.of(8);
    static final EndpointId RESPONDER_EID = EndpointId.of(9);
    static final LinkAddress REQUESTER_ADDRESS = LinkAddress.smbus(0x10);
    static final LinkAddress RESPONDER_ADDRESS = LinkAddress.smbus(0x1d);

    final VirtualScheduler scheduler = new VirtualScheduler();
    final LoopbackBinding.Pair link;
    final MctpStack requester;
    final MctpStack responder;
    final MctpInterface requesterIf;
    final MctpInterface responderIf;

    StackPair(int mtu, StackSettings settings) {
        link = LoopbackBinding.pair(scheduler, mtu, REQUESTER_ADDRESS, RESPONDER_ADDRESS);
        requester = new MctpStack(scheduler, settings);
        responder = new MctpStack(scheduler, settings);
        requesterIf = requester.addInterface("bus0", NET, link.first());
        responderIf = responder.addInterface("bus0", NET, link.second());
        requesterIf.setLocalEid(REQUESTER_EID);
        responderIf.setLocalEid(RESPONDER_EID);
        requester.routes().add(new Route(NET, RESPONDER_EID, RESPONDER_EID, "bus0", java.util.Optional.empty(), mtu));
        requester.neighbours().put("bus0", RESPONDER_EID, RESPONDER_ADDRESS);
        responder.routes().add(new Route(NET, REQUESTER_EID, REQUESTER_EID, "bus0", java.util.Optional.empty(), mtu));
        responder.neighbours().put("bus0", REQUESTER_EID, REQUESTER_ADDRESS);
    }

    StackPair() {
        this(68, StackSettings.DEFAULTS);
    }

    @Override
    public void close() {
        requester.close();
        responder.close();
    }
}
