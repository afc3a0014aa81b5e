package org.bmcplatform.app.health;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.bmcplatform.app.buses.LiveBoard;
import org.bmcplatform.app.discovery.Endpoint;
import org.bmcplatform.app.discovery.EndpointRegistry;
import org.bmcplatform.app.inventory.Inventory;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.IncomingRequest;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestHandler;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The platform as PLDM event receiver (DSP0248 §16.6): the PLDM request handler on the platform's MCTP endpoint,
 * beside the control responder. {@link PlatformEventResponder} answers; each accepted PlatformEventMessage is
 * published as {@link PldmEventReceived} for the component on the sender's EID (it goes into the event log). Bytes
 * that are no PLDM request are dropped and counted ({@code bmc.pldm.requests.dropped}).
 */
@Component
class PldmEventReceiver {
    private final LiveBoard board;
    private final EndpointRegistry endpoints;
    private final Inventory inventory;
    private final ApplicationEventPublisher events;
    private final PlatformEventResponder responder = new PlatformEventResponder();

    PldmEventReceiver(LiveBoard board, EndpointRegistry endpoints, Inventory inventory, ApplicationEventPublisher events,
                      MeterRegistry meters) {
        this.board = board;
        this.endpoints = endpoints;
        this.inventory = inventory;
        this.events = events;
        FunctionCounter.builder("bmc.pldm.requests.dropped", responder, PlatformEventResponder::dropped)
                .description("PLDM messages received that were no well-formed request").register(meters);
        board.endpoint().handle(MessageType.PLDM, RequestHandler.immediate(this::answer));
    }

    Optional<Bytes> answer(IncomingRequest in) {
        return responder.answer(in.message(), event -> events.publishEvent(new PldmEventReceived(
                componentAt(in.network(), in.source().value()), in.network(), in.source().value(), event.tid(),
                PldmEventText.describe(event.event()), board.scheduler().now())));
    }

    /** The top-level component on the endpoint with this EID now, if discovery knows one. */
    private Optional<Long> componentAt(int network, int eid) {
        Optional<Long> endpointId = endpoints.all().stream().filter(e -> e.getNetwork() == network && e.getEid() == eid)
                .map(Endpoint::getId).findFirst();
        return endpointId.flatMap(id -> inventory.all().stream()
                .filter(c -> id.equals(c.getEndpointId()) && c.getParentId() == null).map(org.bmcplatform.app.inventory.Component::getId).findFirst());
    }

}
