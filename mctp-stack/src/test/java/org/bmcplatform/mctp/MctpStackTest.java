package org.bmcplatform.mctp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.loopback.LoopbackBinding;
import org.bmcplatform.mctp.route.Route;
import org.bmcplatform.mctp.time.SystemScheduler;
import org.junit.jupiter.api.Test;

class MctpStackTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private static Bytes pldm(int length) {
        byte[] b = new byte[length];
        b[0] = 0x01;
        for (int i = 1; i < length; i++) {
            b[i] = (byte) (i * 7 + 3);
        }
        return Bytes.wrap(b);
    }

    private static void echo(MctpStack stack, List<IncomingRequest> seen) {
        stack.handle(MessageType.PLDM, RequestHandler.immediate(r -> {
            seen.add(r);
            return Optional.of(r.message().concat(Bytes.ofUnsigned(0xAA)));
        }));
    }

    private static MctpException failure(CompletableFuture<?> f) {
        return MctpFailures.of(f);
    }

    @Test
    void requestIsAnsweredByTheHandlerOfItsMessageType() throws TimeoutException {
        try (StackPair p = new StackPair()) {
            List<IncomingRequest> seen = new ArrayList<>();
            echo(p.responder, seen);
            Bytes answer = p.scheduler.await(p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01, 0x02)), LIMIT);
            assertThat(answer).isEqualTo(Bytes.ofUnsigned(0x01, 0x02, 0xAA));
            assertThat(seen).singleElement().satisfies(r -> {
                assertThat(r.source()).isEqualTo(StackPair.REQUESTER_EID);
                assertThat(r.destination()).isEqualTo(StackPair.RESPONDER_EID);
                assertThat(r.sourceAddress()).isEqualTo(StackPair.REQUESTER_ADDRESS);
                assertThat(r.interfaceName()).isEqualTo("bus0");
            });
            assertThat(p.requesterIf.counters().messagesOut()).isEqualTo(1);
            assertThat(p.requesterIf.counters().messagesIn()).isEqualTo(1);
            assertThat(p.responderIf.counters().packetsIn()).isEqualTo(1);
        }
    }

    @Test
    void fourKibMessagesAreFragmentedAndReassembledBothWays() throws TimeoutException {
        try (StackPair p = new StackPair(254, StackSettings.DEFAULTS)) {
            echo(p.responder, new ArrayList<>());
            Bytes message = pldm(4096);
            Bytes answer = p.scheduler.await(p.requester.request(1, StackPair.RESPONDER_EID, message), LIMIT);
            assertThat(answer).isEqualTo(message.concat(Bytes.ofUnsigned(0xAA)));
            assertThat(p.requesterIf.counters().packetsOut()).isEqualTo((4096 + 249) / 250);
            assertThat(p.responderIf.counters().packetsOut()).isEqualTo((4097 + 249) / 250);
        }
    }

    @Test
    void requestPhysicalReachesAnUnassignedEndpointAndMatchesItsNullEidResponse() throws TimeoutException {
        try (StackPair p = new StackPair()) {
            p.responderIf.setLocalEid(EndpointId.NULL);
            List<IncomingRequest> seen = new ArrayList<>();
            echo(p.responder, seen);
            Bytes answer = p.scheduler.await(p.requester.requestPhysical("bus0", StackPair.RESPONDER_ADDRESS,
                    Bytes.ofUnsigned(0x01, 0x05), RequestOptions.DEFAULT), LIMIT);
            assertThat(answer).isEqualTo(Bytes.ofUnsigned(0x01, 0x05, 0xAA));
            assertThat(seen).singleElement().satisfies(r -> assertThat(r.destination()).isEqualTo(EndpointId.NULL));
        }
    }

    @Test
    void requestsCanBeChainedFromACompletion() throws TimeoutException {
        try (StackPair p = new StackPair()) {
            echo(p.responder, new ArrayList<>());
            CompletableFuture<Bytes> chained = p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01))
                    .thenCompose(first -> p.requester.request(1, StackPair.RESPONDER_EID, first));
            assertThat(p.scheduler.await(chained, LIMIT)).isEqualTo(Bytes.ofUnsigned(0x01, 0xAA, 0xAA));
        }
    }

    @Test
    void requestWithoutRouteFailsNoRoute() {
        try (StackPair p = new StackPair()) {
            assertThat(failure(p.requester.request(1, EndpointId.of(42), Bytes.ofUnsigned(0x01))).reason())
                    .isEqualTo(MctpException.Reason.NO_ROUTE);
            assertThat(failure(p.requester.request(2, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01))).reason())
                    .isEqualTo(MctpException.Reason.NO_ROUTE);
        }
    }

    @Test
    void unansweredRequestTimesOutAfterEveryRetryInVirtualTime() throws TimeoutException {
        try (StackPair p = new StackPair()) {
            List<IncomingRequest> seen = new ArrayList<>();
            p.responder.handle(MessageType.PLDM, r -> {
                seen.add(r);
                return new CompletableFuture<>();
            });
            long start = p.scheduler.nanoTime();
            CompletableFuture<Bytes> f = p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01),
                    new RequestOptions(Duration.ofMillis(300), 2));
            p.scheduler.advance(Duration.ofMillis(899));
            assertThat(f).isNotDone();
            p.scheduler.advance(Duration.ofMillis(1));
            assertThat(failure(f).reason()).isEqualTo(MctpException.Reason.TIMEOUT);
            assertThat(p.scheduler.nanoTime() - start).isEqualTo(Duration.ofMillis(900).toNanos());
            assertThat(seen).extracting(IncomingRequest::tag).doesNotHaveDuplicates().hasSize(3);
        }
    }

    @Test
    void responseAfterTheTimeoutIsCountedAsUnmatched() throws TimeoutException {
        try (StackPair p = new StackPair()) {
            p.responder.handle(MessageType.PLDM, r -> {
                CompletableFuture<Optional<Bytes>> later = new CompletableFuture<>();
                p.scheduler.schedule(Duration.ofMillis(500), () -> later.complete(Optional.of(r.message())));
                return later;
            });
            CompletableFuture<Bytes> f = p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01),
                    new RequestOptions(Duration.ofMillis(300), 0));
            p.scheduler.advance(Duration.ofSeconds(1));
            assertThat(failure(f).reason()).isEqualTo(MctpException.Reason.TIMEOUT);
            assertThat(p.requesterIf.drops().get(DropReason.UNMATCHED_RESPONSE)).isEqualTo(1);
        }
    }

    @Test
    void transmitFailureFailsTheAttemptAtOnceAndIsRetried() {
        try (StackPair p = new StackPair()) {
            p.requester.neighbours().put("bus0", StackPair.RESPONDER_EID, LinkAddress.smbus(0x55));
            CompletableFuture<Bytes> f = p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01),
                    new RequestOptions(Duration.ofMillis(300), 2));
            assertThat(failure(f).reason()).isEqualTo(MctpException.Reason.TRANSMIT_FAILED);
            assertThat(failure(f).getMessage()).contains("attempt 3");
        }
    }

    @Test
    void ninthConcurrentRequestToOnePeerFailsTagsExhausted() {
        try (StackPair p = new StackPair()) {
            p.responder.handle(MessageType.PLDM, r -> new CompletableFuture<>());
            List<CompletableFuture<Bytes>> open = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                open.add(p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01)));
            }
            assertThat(open).allSatisfy(f -> assertThat(f).isNotDone());
            assertThat(failure(p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01))).reason())
                    .isEqualTo(MctpException.Reason.TAGS_EXHAUSTED);
        }
    }

    @Test
    void requestOfAnUnhandledTypeIsDroppedAndCounted() {
        try (StackPair p = new StackPair()) {
            CompletableFuture<Bytes> f = p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x7E, 0x00),
                    new RequestOptions(Duration.ofMillis(300), 0));
            p.scheduler.advance(Duration.ofSeconds(1));
            assertThat(failure(f).reason()).isEqualTo(MctpException.Reason.TIMEOUT);
            assertThat(p.responderIf.drops().get(DropReason.NO_HANDLER)).isEqualTo(1);
        }
    }

    @Test
    void closingFailsOutstandingRequestsWithClosedAndIsIdempotent() {
        StackPair p = new StackPair();
        p.responder.handle(MessageType.PLDM, r -> new CompletableFuture<>());
        CompletableFuture<Bytes> f = p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01));
        p.scheduler.runDue();
        p.requester.close();
        p.requester.close();
        assertThat(failure(f).reason()).isEqualTo(MctpException.Reason.CLOSED);
        assertThat(failure(p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01))).reason())
                .isEqualTo(MctpException.Reason.CLOSED);
        assertThatThrownBy(() -> p.requester.addInterface("bus1", 1, p.link.first()))
                .isInstanceOf(MctpException.class);
        p.close();
    }

    @Test
    void interfaceDownFailsRequestsAndDropsInboundPackets() throws TimeoutException {
        try (StackPair p = new StackPair()) {
            echo(p.responder, new ArrayList<>());
            p.requesterIf.setUp(false);
            assertThat(failure(p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01))).reason())
                    .isEqualTo(MctpException.Reason.BINDING_DOWN);
            p.requesterIf.setUp(true);
            p.responderIf.setUp(false);
            CompletableFuture<Bytes> f = p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01),
                    new RequestOptions(Duration.ofMillis(300), 0));
            p.scheduler.advance(Duration.ofSeconds(1));
            assertThat(failure(f).reason()).isEqualTo(MctpException.Reason.TIMEOUT);
            assertThat(p.responderIf.drops().get(DropReason.INTERFACE_DOWN)).isEqualTo(1);
        }
    }

    @Test
    void lostFragmentFailsTheFirstAttemptAndTheRetryWithAFreshTagSucceeds() throws TimeoutException {
        try (StackPair p = new StackPair()) {
            List<IncomingRequest> seen = new ArrayList<>();
            echo(p.responder, seen);
            java.util.concurrent.atomic.AtomicBoolean lost = new java.util.concurrent.atomic.AtomicBoolean();
            p.link.first().loseWhen(packet -> (packet.get(3) & 0xC0) == 0 && lost.compareAndSet(false, true));
            Bytes message = pldm(200);
            CompletableFuture<Bytes> f = p.requester.request(1, StackPair.RESPONDER_EID, message);
            p.scheduler.advance(Duration.ofMillis(299));
            assertThat(f).isNotDone();
            assertThat(p.responderIf.drops().get(DropReason.SEQUENCE_ERROR)).isEqualTo(1);
            assertThat(p.scheduler.await(f, LIMIT)).isEqualTo(message.concat(Bytes.ofUnsigned(0xAA)));
            assertThat(seen).hasSize(1);
            assertThat(p.requesterIf.counters().messagesOut()).isEqualTo(2);
        }
    }

    @Test
    void requestsFromSeveralThreadsOnRealTimeAllComplete() throws Exception {
        try (SystemScheduler real = new SystemScheduler("stack-test", 2)) {
            LoopbackBinding.Pair link = LoopbackBinding.pair(real, 254);
            try (MctpStack a = new MctpStack(real, StackSettings.DEFAULTS); MctpStack b = new MctpStack(real, StackSettings.DEFAULTS)) {
                a.addInterface("p2p", 1, link.first()).setLocalEid(EndpointId.of(8));
                b.addInterface("p2p", 1, link.second()).setLocalEid(EndpointId.of(9));
                a.routes().add(new Route(1, EndpointId.of(9), EndpointId.of(9), "p2p", Optional.empty(), 254));
                echo(b, Collections.synchronizedList(new ArrayList<>()));
                RequestOptions patient = new RequestOptions(Duration.ofSeconds(5), 0);
                List<CompletableFuture<Integer>> workers = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    int worker = w;
                    workers.add(CompletableFuture.supplyAsync(() -> {
                        CompletableFuture<Integer> chain = CompletableFuture.completedFuture(0);
                        for (int i = 0; i < 50; i++) {
                            Bytes m = pldm(1 + (worker * 50 + i) * 7 % 1000);
                            chain = chain.thenCompose(n -> a.request(1, EndpointId.of(9), m, patient)
                                    .thenApply(r -> r.equals(m.concat(Bytes.ofUnsigned(0xAA))) ? n + 1 : n));
                        }
                        return chain;
                    }).thenCompose(c -> c));
                }
                int total = 0;
                for (CompletableFuture<Integer> wf : workers) {
                    total += wf.get(60, TimeUnit.SECONDS);
                }
                assertThat(total).isEqualTo(200);
            }
        }
    }

    @Test
    void messageOverTheMaximumSizeFailsTooLargeWithoutTransmitting() {
        try (StackPair p = new StackPair(68, new StackSettings(1024, 64, Duration.ofSeconds(6), Duration.ofSeconds(6), RequestOptions.DEFAULT))) {
            assertThat(failure(p.requester.request(1, StackPair.RESPONDER_EID, pldm(1025))).reason())
                    .isEqualTo(MctpException.Reason.TOO_LARGE);
            assertThat(p.requesterIf.counters().packetsOut()).isZero();
        }
    }

    @Test
    void emptyMessageOrNonUnicastDestinationIsAnInvalidArgument() {
        try (StackPair p = new StackPair()) {
            assertThat(failure(p.requester.request(1, StackPair.RESPONDER_EID, Bytes.EMPTY)).reason())
                    .isEqualTo(MctpException.Reason.INVALID_ARGUMENT);
            assertThat(failure(p.requester.request(1, EndpointId.BROADCAST, Bytes.ofUnsigned(0x01))).reason())
                    .isEqualTo(MctpException.Reason.INVALID_ARGUMENT);
            assertThat(failure(p.requester.request(1, EndpointId.NULL, Bytes.ofUnsigned(0x01))).reason())
                    .isEqualTo(MctpException.Reason.INVALID_ARGUMENT);
        }
    }

    @Test
    void routeMtuAboveTheBindingMtuIsClampedAndPacketsFitTheBinding() throws TimeoutException {
        try (StackPair p = new StackPair()) {
            echo(p.responder, new ArrayList<>());
            assertThat(p.requester.routes().setMtu(1, StackPair.RESPONDER_EID, 254)).hasValue(68);
            Bytes message = pldm(300);
            assertThat(p.scheduler.await(p.requester.request(1, StackPair.RESPONDER_EID, message), LIMIT))
                    .isEqualTo(message.concat(Bytes.ofUnsigned(0xAA)));
            assertThat(p.requesterIf.counters().packetsOut()).isEqualTo(5);
        }
    }
}
