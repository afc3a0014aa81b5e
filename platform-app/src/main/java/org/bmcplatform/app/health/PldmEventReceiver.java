package org.bmcplatform.app.health;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.bmcplatform.app.buses.LiveBoard;
import org.bmcplatform.app.discovery.Endpoint;
import org.bmcplatform.app.discovery.EndpointRegistry;
import org.bmcplatform.app.inventory.Inventory;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.IncomingRequest;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestHandler;
import org.bmcplatform.profiles.pldm.CompletionCode;
import org.bmcplatform.profiles.pldm.ErrorResponse;
import org.bmcplatform.profiles.pldm.PlatformEventMessageRequest;
import org.bmcplatform.profiles.pldm.PlatformEventMessageResponse;
import org.bmcplatform.profiles.pldm.PlatformEventStatus;
import org.bmcplatform.profiles.pldm.PldmCodec;
import org.bmcplatform.profiles.pldm.PldmFormatException;
import org.bmcplatform.profiles.pldm.PldmHeader;
import org.bmcplatform.profiles.pldm.PldmRequest;
import org.bmcplatform.profiles.pldm.PldmResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The platform as PLDM event receiver (DSP0248 §16.6): the PLDM request handler on the platform's MCTP endpoint,
 * beside the control responder. A PlatformEventMessage of format version 1 is answered success with
 * platformEventStatus logged (it goes into the event log) and published as {@link PldmEventReceived}; another format
 * version gets UNSUPPORTED_EVENT_FORMAT_VERSION (0x81), any other PLDM request ERROR_UNSUPPORTED_PLDM_CMD. An
 * unacknowledged request (D = 1) is handled but not answered (DSP0240). Bytes that are no PLDM request are dropped
 * and counted ({@code bmc.pldm.requests.dropped}).
 */
@Component
class PldmEventReceiver {
    private final LiveBoard board;
    private final EndpointRegistry endpoints;
    private final Inventory inventory;
    private final ApplicationEventPublisher events;
    private final AtomicLong dropped = new AtomicLong();

    PldmEventReceiver(LiveBoard board, EndpointRegistry endpoints, Inventory inventory, ApplicationEventPublisher events,
                      MeterRegistry meters) {
        this.board = board;
        this.endpoints = endpoints;
        this.inventory = inventory;
        this.events = events;
        FunctionCounter.builder("bmc.pldm.requests.dropped", dropped, AtomicLong::get)
                .description("PLDM messages received that were no well-formed request").register(meters);
        board.endpoint().handle(MessageType.PLDM, RequestHandler.immediate(this::answer));
    }

    Optional<Bytes> answer(IncomingRequest in) {
        PldmHeader header;
        PldmRequest request;
        try {
            header = PldmHeader.read(in.message());
            request = PldmCodec.decodeRequest(in.message());
        } catch (PldmFormatException e) {
            dropped.incrementAndGet();
            return Optional.empty();
        }
        PldmResponse response;
        if (request instanceof PlatformEventMessageRequest event) {
            if (event.formatVersion() != PlatformEventMessageRequest.FORMAT_VERSION) {
                response = ErrorResponse.of(request, CompletionCode.UNSUPPORTED_EVENT_FORMAT_VERSION);
            } else {
                events.publishEvent(new PldmEventReceived(componentAt(in.network(), in.source().value()), in.network(),
                        in.source().value(), event.tid(), PldmEventText.describe(event.event()), board.scheduler().now()));
                response = new PlatformEventMessageResponse(request.instanceId(), PlatformEventStatus.LOGGED);
            }
        } else {
            response = ErrorResponse.of(request, CompletionCode.ERROR_UNSUPPORTED_PLDM_CMD);
        }
        return header.datagram() ? Optional.empty() : Optional.of(PldmCodec.encode(response));
    }

    /** The top-level component on the endpoint with this EID now, if discovery knows one. */
    private Optional<Long> componentAt(int network, int eid) {
        Optional<Long> endpointId = endpoints.all().stream().filter(e -> e.getNetwork() == network && e.getEid() == eid)
                .map(Endpoint::getId).findFirst();
        return endpointId.flatMap(id -> inventory.all().stream()
                .filter(c -> id.equals(c.getEndpointId()) && c.getParentId() == null).map(org.bmcplatform.app.inventory.Component::getId).findFirst());
    }

    long dropped() {
        return dropped.get();
    }
}
