package org.bmcplatform.mctp.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.IncomingRequest;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestHandler;
import org.junit.jupiter.api.Test;

/** Endpoint setup (reference mctp-stack.md §5.3) between two stacks on an in-memory SMBus segment. */
class BusOwnerTest {
    private final ControlBench bench = new ControlBench();
    private final EidPool pool = new EidPool(EndpointId.of(9), EndpointId.of(254));
    private final BusOwner busOwner = new BusOwner(bench.owner, bench.requester, pool);
    private final List<ControlCommand> commandsSeen = new ArrayList<>();

    /** The responder, watched: records each command the endpoint receives. */
    private void endpointAnswers(EndpointIdentity identity) {
        ControlResponder responder = new ControlResponder(bench.endpoint, identity);
        bench.endpoint.handle(MessageType.CONTROL, r -> {
            commandsSeen.add(ControlCodec.decodeHeader(r.message()).command());
            return RequestHandler.immediate(responder::answer).handle(r);
        });
    }

    private boolean routed(int eid) {
        return bench.owner.routes().lookup(ControlBench.NETWORK, EndpointId.of(eid)).isPresent();
    }

    @Test
    void unassignedEndpointGetsTheFirstFreeEidWithRouteAndNeighbour() {
        endpointAnswers(ControlBench.simpleEndpoint(Optional.empty(), MessageType.NVME_MI));

        DiscoveredEndpoint d = bench.await(busOwner.setupEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS));

        assertThat(d).isEqualTo(new DiscoveredEndpoint(ControlBench.NETWORK, EndpointId.of(9), ControlBench.ENDPOINT_UUID,
                ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS, Set.of(MessageType.CONTROL, MessageType.NVME_MI), true));
        assertThat(bench.endpointInterface.localEid()).isEqualTo(EndpointId.of(9));
        assertThat(bench.owner.routes().lookup(ControlBench.NETWORK, EndpointId.of(9))).hasValueSatisfying(r ->
                assertThat(r.mtu()).isEqualTo(68));
        assertThat(bench.owner.neighbours().lookup(ControlBench.BUS, EndpointId.of(9))).contains(ControlBench.ENDPOINT_ADDRESS);
        assertThat(commandsSeen).containsExactly(ControlCommand.GET_ENDPOINT_ID, ControlCommand.SET_ENDPOINT_ID,
                ControlCommand.GET_ENDPOINT_UUID, ControlCommand.GET_MESSAGE_TYPE_SUPPORT);
        assertThat(busOwner.endpoints()).containsExactly(d);
    }

    @Test
    void concurrentSetupsOfOneEndpointShareOneAssignment() {
        endpointAnswers(ControlBench.simpleEndpoint(Optional.empty(), MessageType.NVME_MI));

        CompletableFuture<DiscoveredEndpoint> first = busOwner.setupEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS);
        CompletableFuture<DiscoveredEndpoint> second = busOwner.setupEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS);

        DiscoveredEndpoint d = bench.await(first);
        assertThat(bench.await(second)).isEqualTo(d);
        assertThat(d.eid()).isEqualTo(EndpointId.of(9));
        assertThat(bench.endpointInterface.localEid()).isEqualTo(EndpointId.of(9));
        assertThat(pool.available()).isEqualTo(254 - 9);
        assertThat(routed(10)).isFalse();
        assertThat(busOwner.endpoints()).containsExactly(d);
    }

    @Test
    void setupStartedFromTheCompletionOfTheLastOneRunsAfresh() {
        endpointAnswers(ControlBench.simpleEndpoint(Optional.empty(), MessageType.NVME_MI));

        CompletableFuture<DiscoveredEndpoint> again = busOwner.setupEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS)
                .thenCompose(d -> {
                    busOwner.forget(d);
                    return busOwner.setupEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS);
                });

        DiscoveredEndpoint d = bench.await(again);
        assertThat(busOwner.endpoints()).containsExactly(d);
        assertThat(routed(d.eid().value())).isTrue();
    }

    @Test
    void endpointWithAValidFreeEidIsAdoptedWithoutSetEid() {
        bench.endpointInterface.setLocalEid(EndpointId.of(0x20));
        endpointAnswers(ControlBench.simpleEndpoint(Optional.of(EndpointId.of(0x20))));

        DiscoveredEndpoint d = bench.await(busOwner.setupEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS));

        assertThat(d.eid()).isEqualTo(EndpointId.of(0x20));
        assertThat(d.eidAssigned()).isFalse();
        assertThat(commandsSeen).doesNotContain(ControlCommand.SET_ENDPOINT_ID);
        assertThat(pool.isInUse(EndpointId.of(0x20))).isTrue();
        assertThat(routed(0x20)).isTrue();
    }

    @Test
    void linkOwnerIsLearnedAtItsOwnEidAndNeverSentSetEid() {
        bench.endpointInterface.setLocalEid(EndpointId.of(0x30));
        endpointAnswers(new EndpointIdentity(ControlBench.ENDPOINT_UUID, Set.of(MessageType.PLDM), true,
                Optional.of(EndpointId.of(0x30)), List.of()));

        DiscoveredEndpoint d = bench.await(busOwner.learnEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS));

        assertThat(d.eid()).isEqualTo(EndpointId.of(0x30));
        assertThat(d.eidAssigned()).isFalse();
        assertThat(d.messageTypes()).containsExactlyInAnyOrder(MessageType.CONTROL, MessageType.PLDM);
        assertThat(commandsSeen).containsExactly(ControlCommand.GET_ENDPOINT_ID, ControlCommand.GET_ENDPOINT_UUID,
                ControlCommand.GET_MESSAGE_TYPE_SUPPORT);
        assertThat(routed(0x30)).isTrue();
    }

    @Test
    void linkOwnerWithoutAnEidIsNotLearnedAndNothingIsLeftBehind() {
        endpointAnswers(new EndpointIdentity(ControlBench.ENDPOINT_UUID, Set.of(), true, Optional.empty(), List.of()));

        Throwable t = bench.failure(busOwner.learnEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS));

        MctpException e = MctpException.extract(t).orElseThrow();
        assertThat(e.reason()).isEqualTo(MctpException.Reason.REFUSED);
        assertThat(e).hasMessageContaining("reports EID 0");
        assertThat(commandsSeen).containsExactly(ControlCommand.GET_ENDPOINT_ID);
        assertThat(busOwner.endpoints()).isEmpty();
    }

    @Test
    void endpointClaimingAnEidAlreadyInUseIsAssignedAnotherOne() {
        bench.endpointInterface.setLocalEid(EndpointId.of(8));
        endpointAnswers(ControlBench.simpleEndpoint(Optional.empty()));

        DiscoveredEndpoint d = bench.await(busOwner.setupEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS));

        assertThat(d.eid()).isEqualTo(EndpointId.of(9));
        assertThat(d.eidAssigned()).isTrue();
        assertThat(bench.endpointInterface.localEid()).isEqualTo(EndpointId.of(9));
    }

    @Test
    void knownEndpointWithTheSameEidIsReturnedWithoutReassignment() {
        endpointAnswers(ControlBench.simpleEndpoint(Optional.empty()));
        DiscoveredEndpoint first = bench.await(busOwner.setupEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS));
        commandsSeen.clear();

        DiscoveredEndpoint again = bench.await(busOwner.setupEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS));

        assertThat(again).isSameAs(first);
        assertThat(commandsSeen).containsExactly(ControlCommand.GET_ENDPOINT_ID);
    }

    @Test
    void deviceKeepingAnotherValidFreeEidIsFollowed() {
        ControlResponder responder = new ControlResponder(bench.endpoint, ControlBench.simpleEndpoint(Optional.empty()));
        bench.endpoint.handle(MessageType.CONTROL, RequestHandler.immediate((IncomingRequest r) -> {
            ControlMessage m = ControlCodec.decode(r.message());
            if (m instanceof SetEndpointIdRequest s) {
                bench.endpointInterface.setLocalEid(EndpointId.of(0x42));
                return Optional.of(ControlCodec.encode(SetEndpointIdResponse.accepted(s.instanceId(), EndpointId.of(0x42))));
            }
            return responder.answer(r);
        }));

        DiscoveredEndpoint d = bench.await(busOwner.setupEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS));

        assertThat(d.eid()).isEqualTo(EndpointId.of(0x42));
        assertThat(routed(0x42)).isTrue();
        assertThat(routed(9)).isFalse();
        assertThat(pool.isInUse(EndpointId.of(9))).isFalse();
    }

    @Test
    void endpointThatRefusesSetEidIsNotPublishedAndItsEidReturns() {
        endpointAnswers(new EndpointIdentity(ControlBench.ENDPOINT_UUID, Set.of(), true, Optional.empty(), List.of()));

        Throwable t = bench.failure(busOwner.setupEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS));

        assertThat(MctpException.extract(t)).hasValueSatisfying(e -> assertThat(((ControlRefusedException) e).completionCode())
                .isEqualTo(CompletionCode.ERROR_UNSUPPORTED_CMD));
        assertThat(MctpException.extract(t).orElseThrow().reason()).isEqualTo(MctpException.Reason.REFUSED);
        assertThat(routed(9)).isFalse();
        assertThat(bench.owner.neighbours().lookup(ControlBench.BUS, EndpointId.of(9))).isEmpty();
        assertThat(pool.isInUse(EndpointId.of(9))).isFalse();
        assertThat(busOwner.endpoints()).isEmpty();
    }

    @Test
    void nobodyAtTheAddressTimesOutAndLeavesNothingBehind() {
        Throwable t = bench.failure(busOwner.setupEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS));

        assertThat(MctpException.extract(t).orElseThrow().reason()).isEqualTo(MctpException.Reason.TIMEOUT);
        assertThat(bench.owner.routes().list()).isEmpty();
        assertThat(pool.available()).isEqualTo(246);
    }

    @Test
    void failureAfterAssignmentUnpublishesAndReturnsTheEid() {
        ControlResponder responder = new ControlResponder(bench.endpoint, ControlBench.simpleEndpoint(Optional.empty()));
        bench.endpoint.handle(MessageType.CONTROL, RequestHandler.immediate((IncomingRequest r) -> {
            ControlMessage m = ControlCodec.decode(r.message());
            if (m instanceof GetEndpointUuidRequest) {
                return Optional.of(ControlCodec.encode(GenericResponse.unsupported(m.instanceId(), m.command())));
            }
            return responder.answer(r);
        }));

        Throwable t = bench.failure(busOwner.setupEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS));

        assertThat(MctpException.extract(t)).isPresent();
        assertThat(routed(9)).isFalse();
        assertThat(pool.isInUse(EndpointId.of(9))).isFalse();
    }

    @Test
    void vendorDefinedSupportIsQueriedWhenAVendorTypeIsListed() {
        endpointAnswers(new EndpointIdentity(ControlBench.ENDPOINT_UUID, Set.of(MessageType.VENDOR_IANA), false,
                Optional.empty(), List.of(VendorDefinedSupport.iana(343, 1), VendorDefinedSupport.pci(0x8086, 2))));

        DiscoveredEndpoint d = bench.await(busOwner.setupEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS));

        assertThat(busOwner.vendorDefinedSupport(d)).containsExactly(VendorDefinedSupport.iana(343, 1),
                VendorDefinedSupport.pci(0x8086, 2));
        assertThat(commandsSeen).endsWith(ControlCommand.GET_VENDOR_DEFINED_MESSAGE_SUPPORT,
                ControlCommand.GET_VENDOR_DEFINED_MESSAGE_SUPPORT);
    }

    @Test
    void forgetRemovesRouteAndNeighbourAndTheEidIsReusedOnlyAfterUnusedOnes() {
        endpointAnswers(ControlBench.simpleEndpoint(Optional.empty()));
        DiscoveredEndpoint d = bench.await(busOwner.setupEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS));

        busOwner.forget(d);

        assertThat(routed(9)).isFalse();
        assertThat(bench.owner.neighbours().lookup(ControlBench.BUS, EndpointId.of(9))).isEmpty();
        assertThat(busOwner.endpoints()).isEmpty();
        bench.endpointInterface.setLocalEid(EndpointId.NULL);
        assertThat(bench.await(busOwner.setupEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS)).eid())
                .isEqualTo(EndpointId.of(10));
    }

    @Test
    void unknownInterfaceFailsAtOnce() {
        Throwable t = bench.failure(busOwner.setupEndpoint("i2c9", ControlBench.ENDPOINT_ADDRESS));
        assertThat(MctpException.extract(t).orElseThrow().reason()).isEqualTo(MctpException.Reason.INVALID_ARGUMENT);
    }

    @Test
    void rawVectorRequestBytesAreWhatTheBusOwnerSends() {
        // reference §10.2 V1: the first thing on the wire is Get EID, IID 0, to EID 0
        List<Bytes> messages = new ArrayList<>();
        bench.endpoint.handle(MessageType.CONTROL, RequestHandler.immediate((IncomingRequest r) -> {
            messages.add(r.message());
            return Optional.empty();
        }));
        bench.failure(busOwner.setupEndpoint(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS));
        assertThat(messages.get(0)).isEqualTo(Bytes.fromHex("00 80 02"));
    }
}
