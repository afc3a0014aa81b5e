package org.bmcplatform.mctp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.loopback.LoopbackBinding;
import org.bmcplatform.mctp.route.Route;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stack's receive path seen from a scripted peer that sends and checks raw packets: a bus owner
 * at SMBus address 0x10 (EID 8) talking to the stack under test at 0x1d.
 */
class MctpStackReceiveTest {
    private static final LinkAddress OWNER = LinkAddress.smbus(0x10);
    private static final LinkAddress DEVICE = LinkAddress.smbus(0x1d);

    private record Received(Bytes packet, LinkAddress source) {
    }

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final LoopbackBinding.Pair link = LoopbackBinding.pair(scheduler, 254, OWNER, DEVICE);
    private final MctpStack stack = new MctpStack(scheduler, StackSettings.DEFAULTS);
    private final MctpInterface iface = stack.addInterface("smbus0", 1, link.second());
    private final List<Received> sent = new ArrayList<>();

    MctpStackReceiveTest() {
        link.first().start((p, s) -> sent.add(new Received(p, s)));
    }

    @AfterEach
    void close() {
        stack.close();
    }

    private void peerSends(String hex) {
        assertThat(link.first().transmit(Bytes.fromHex(hex), DEVICE).toCompletableFuture()).isCompleted();
        scheduler.runDue();
    }

    private void answerControlWith(String responseHex, Runnable sideEffect) {
        stack.handle(MessageType.CONTROL, RequestHandler.immediate(r -> {
            sideEffect.run();
            return Optional.of(Bytes.fromHex(responseHex));
        }));
    }

    // Vectors get-eid-req-physical / get-eid-rsp-unassigned (shared/vectors/mctp-control.json)
    @Test
    void unassignedEndpointAnswersAPhysicallyAddressedRequestFromTheNullEid() {
        answerControlWith("00 00 02 00 00 00 00", () -> { });
        peerSends("01 00 08 c8 00 80 02");
        assertThat(sent).containsExactly(new Received(Bytes.fromHex("01 08 00 c0 00 00 02 00 00 00 00"), DEVICE));
    }

    // Vectors set-eid-req / set-eid-rsp: the response leaves from the EID just assigned
    @Test
    void responseSourceIsTheLocalEidWhenTheAnswerIsSent() {
        answerControlWith("00 01 01 00 00 09 00", () -> iface.setLocalEid(EndpointId.of(9)));
        peerSends("01 00 08 c9 00 81 01 00 09");
        assertThat(sent).extracting(Received::packet).containsExactly(Bytes.fromHex("01 08 09 c1 00 01 01 00 00 09 00"));
    }

    @Test
    void badHeaderVersionIsDroppedAndTheNextGoodPacketIsStillAnswered() {
        answerControlWith("00 00 02 00 00 00 00", () -> { });
        peerSends("02 00 08 c8 00 80 02");
        peerSends("01 00 08 c8 00 80 02");
        assertThat(iface.drops().get(DropReason.BAD_HEADER_VERSION)).isEqualTo(1);
        assertThat(sent).hasSize(1);
        assertThat(iface.counters().packetsIn()).isEqualTo(2);
    }

    @Test
    void reservedOrBroadcastSourceEidIsDropped() {
        answerControlWith("00 00 02 00 00 00 00", () -> { });
        peerSends("01 00 05 c8 00 80 02");
        peerSends("01 00 ff c8 00 80 02");
        assertThat(iface.drops().get(DropReason.INVALID_SOURCE_EID)).isEqualTo(2);
        assertThat(sent).isEmpty();
    }

    @Test
    void packetForAnotherEidIsNotForUs() {
        iface.setLocalEid(EndpointId.of(9));
        answerControlWith("00 00 02 00 09 00 00", () -> { });
        peerSends("01 0a 08 c8 00 80 02");
        assertThat(iface.drops().get(DropReason.NOT_FOR_US)).isEqualTo(1);
        peerSends("01 09 08 c8 00 80 02");
        peerSends("01 ff 08 c9 00 81 02");
        assertThat(sent).hasSize(2);
    }

    @Test
    void handlerFailureIsCountedAndSendsNothing() {
        AtomicInteger calls = new AtomicInteger();
        stack.handle(MessageType.CONTROL, r -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("handler bug");
            }
            return CompletableFuture.failedFuture(new IllegalStateException("async failure"));
        });
        peerSends("01 00 08 c8 00 80 02");
        peerSends("01 00 08 c9 00 81 02");
        assertThat(iface.drops().get(DropReason.HANDLER_FAILED)).isEqualTo(2);
        assertThat(sent).isEmpty();
    }

    @Test
    void handlerAnsweringEmptySendsNothing() {
        stack.handle(MessageType.CONTROL, RequestHandler.immediate(r -> Optional.empty()));
        peerSends("01 00 08 c8 00 80 02");
        assertThat(sent).isEmpty();
        assertThat(iface.drops().total()).isZero();
    }

    @Test
    void unsolicitedResponseIsCountedAsUnmatched() {
        peerSends("01 00 08 c0 00 00 02 00");
        assertThat(iface.drops().get(DropReason.UNMATCHED_RESPONSE)).isEqualTo(1);
    }

    @Test
    void physicalRequestIsSentFromTheNullEidToTheNullEidAtTheLinkAddress() throws TimeoutException {
        CompletableFuture<Bytes> f = stack.requestPhysical("smbus0", OWNER, Bytes.fromHex("00 80 02"), RequestOptions.DEFAULT);
        scheduler.runDue();
        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.packet().slice(0, 3)).isEqualTo(Bytes.fromHex("01 00 00"));
            assertThat(r.packet().get(3) & 0xC8).isEqualTo(0xC8);
        });
        int tag = sent.get(0).packet().get(3) & 0x07;
        peerSends(String.format("01 00 08 %02x 00 00 02 00 08 00 00", 0xC0 | tag));
        assertThat(scheduler.await(f, Duration.ofSeconds(1))).isEqualTo(Bytes.fromHex("00 00 02 00 08 00 00"));
    }

    // reference mctp-stack.md §8: bridged pool, neighbour looked up by the gateway EID
    @Test
    void requestToABridgedEidGoesToTheGatewaysLinkAddress() throws TimeoutException {
        iface.setLocalEid(EndpointId.of(9));
        stack.routes().add(Route.direct(1, EndpointId.of(8), "smbus0"));
        stack.routes().add(Route.viaGateway(1, EndpointId.of(40), EndpointId.of(49), "smbus0", EndpointId.of(8)));
        stack.neighbours().put("smbus0", EndpointId.of(8), OWNER);
        CompletableFuture<Bytes> f = stack.request(1, EndpointId.of(42), Bytes.fromHex("01 02"));
        scheduler.runDue();
        assertThat(sent).singleElement().satisfies(r -> assertThat(r.packet().slice(0, 3)).isEqualTo(Bytes.fromHex("01 2a 09")));
        int tag = sent.get(0).packet().get(3) & 0x07;
        peerSends(String.format("01 09 2a %02x 01 03", 0xC0 | tag));
        assertThat(scheduler.await(f, Duration.ofSeconds(1))).isEqualTo(Bytes.fromHex("01 03"));
    }

    @Test
    void responseFromTheWrongEidDoesNotCompleteTheRequest() {
        iface.setLocalEid(EndpointId.of(9));
        stack.routes().add(Route.direct(1, EndpointId.of(8), "smbus0"));
        stack.neighbours().put("smbus0", EndpointId.of(8), OWNER);
        CompletableFuture<Bytes> f = stack.request(1, EndpointId.of(8), Bytes.fromHex("01 02"));
        scheduler.runDue();
        int tag = sent.get(0).packet().get(3) & 0x07;
        peerSends(String.format("01 09 0b %02x 01 03", 0xC0 | tag));
        assertThat(f).isNotDone();
        assertThat(iface.drops().get(DropReason.UNMATCHED_RESPONSE)).isEqualTo(1);
    }

    @Test
    void removedInterfaceTakesItsRoutesAndNeighboursAlong() {
        stack.routes().add(Route.direct(1, EndpointId.of(8), "smbus0"));
        stack.neighbours().put("smbus0", EndpointId.of(8), OWNER);
        stack.removeInterface("smbus0");
        assertThat(stack.interfaces()).isEmpty();
        assertThat(stack.routes().list()).isEmpty();
        assertThat(stack.neighbours().list()).isEmpty();
        assertThat(stack.request(1, EndpointId.of(8), Bytes.fromHex("01"))).isCompletedExceptionally();
    }
}
