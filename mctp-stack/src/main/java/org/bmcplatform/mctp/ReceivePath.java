package org.bmcplatform.mctp;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.bmcplatform.mctp.assembly.Fragmenter;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.packet.MctpPacket;
import org.bmcplatform.mctp.packet.PacketCodec;
import org.bmcplatform.mctp.packet.PacketDecoding;
import org.bmcplatform.mctp.packet.PacketHeader;
import org.bmcplatform.mctp.route.ResolvedRoute;
import org.bmcplatform.mctp.route.Route;

/**
 * The inbound path of one stack, per packet: decode the transport header, check the EIDs
 * (DSP0236 §8.2), reassemble, then hand a request (TO=1) to the handler of its message type and send
 * its answer back, or match a response (TO=0) to an outstanding request. Every drop is counted on the
 * interface; nothing is thrown back into the binding.
 */
final class ReceivePath {
    private final MctpStack stack;

    ReceivePath(MctpStack stack) {
        this.stack = stack;
    }

    void onPacket(StackInterface iface, Bytes bytes, LinkAddress source) {
        iface.tapInbound(bytes, source);
        try {
            receive(iface, bytes, source);
        } catch (RuntimeException e) {
            iface.drops().count(DropReason.HANDLER_FAILED);
        }
    }

    private void receive(StackInterface iface, Bytes bytes, LinkAddress source) {
        iface.counters().packetIn();
        if (!iface.isUp() || stack.isClosed()) {
            iface.drops().count(DropReason.INTERFACE_DOWN);
            return;
        }
        PacketDecoding decoding = PacketCodec.decode(bytes);
        if (decoding instanceof PacketDecoding.Rejected rejected) {
            iface.drops().count(rejected.reason());
            return;
        }
        MctpPacket packet = ((PacketDecoding.Decoded) decoding).packet();
        PacketHeader h = packet.header();
        if (!h.source().isValidSource()) {
            iface.drops().count(DropReason.INVALID_SOURCE_EID);
            return;
        }
        EndpointId dst = h.destination();
        if (!(dst.isNull() || dst.isBroadcast() || dst.equals(iface.localEid()))) {
            iface.drops().count(DropReason.NOT_FOR_US);
            return;
        }
        Optional<Bytes> message = iface.reassembler().accept(iface.network(), packet);
        if (message.isEmpty()) {
            return;
        }
        iface.counters().messageIn();
        if (h.tagOwner()) {
            dispatch(iface, new IncomingRequest(iface.network(), h.source(), dst, h.tag(), message.get(),
                    iface.name(), source));
        } else if (!stack.exchanges().complete(iface, h.source(), h.tag(), message.get())) {
            iface.drops().count(DropReason.UNMATCHED_RESPONSE);
        }
    }

    private void dispatch(StackInterface iface, IncomingRequest request) {
        RequestHandler handler = stack.handler(request.type());
        if (handler == null) {
            iface.drops().count(DropReason.NO_HANDLER);
            return;
        }
        CompletionStage<Optional<Bytes>> answer;
        try {
            answer = handler.handle(request);
        } catch (RuntimeException e) {
            iface.drops().count(DropReason.HANDLER_FAILED);
            return;
        }
        answer.whenComplete((response, err) -> {
            try {
                if (err != null || response == null) {
                    iface.drops().count(DropReason.HANDLER_FAILED);
                } else {
                    response.ifPresent(r -> respond(iface, request, r));
                }
            } catch (RuntimeException e) {
                iface.drops().count(DropReason.HANDLER_FAILED);
            }
        });
    }

    /**
     * Sends a response on the interface and to the link address the request came from, with the
     * request's tag, TO=0 and our EID on that interface as source. The MTU is the route's when the
     * requester is routed over this interface, else the baseline.
     */
    private void respond(StackInterface iface, IncomingRequest request, Bytes response) {
        if (response.isEmpty() || response.length() > stack.settings().maxMessageSize()) {
            iface.drops().count(DropReason.HANDLER_FAILED);
            return;
        }
        int mtu = Math.min(Route.BASELINE_MTU, iface.binding().mtu());
        if (request.source().isUnicast()) {
            Optional<ResolvedRoute> route = stack.routes().resolve(iface.network(), request.source());
            if (route.isPresent() && route.get().interfaceName().equals(iface.name())) {
                mtu = route.get().mtu();
            }
        }
        List<MctpPacket> packets = Fragmenter.fragment(request.source(), iface.localEid(), false, request.tag(),
                response, mtu, 0);
        iface.transmit(request.sourceAddress(), packets, () -> true).whenComplete((ok, err) -> {
            if (err != null) {
                iface.drops().count(DropReason.TRANSMIT_FAILED);
            }
        });
    }
}
