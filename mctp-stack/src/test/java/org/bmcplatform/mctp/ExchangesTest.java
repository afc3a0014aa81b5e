package org.bmcplatform.mctp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import org.bmcplatform.mctp.binding.loopback.LoopbackBinding;
import org.bmcplatform.mctp.route.Route;
import org.bmcplatform.mctp.tag.TagAllocator;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/** Matching responses to requests by tag (DSP0236 §8.7) when tags outlive their nominal lifetime. */
class ExchangesTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final int SLOW = 0xA0;
    private static final int LATE = 0xB0;

    /** Echoes a PLDM request; a second byte SLOW answers after 7 s, LATE after 8 s, anything else at once. */
    private static void echoWithDelays(StackPair p) {
        p.responder.handle(MessageType.PLDM, r -> {
            int kind = r.message().length() > 1 ? r.message().get(1) : 0;
            Duration delay = kind == SLOW ? Duration.ofSeconds(7) : kind == LATE ? Duration.ofSeconds(8) : Duration.ZERO;
            CompletableFuture<Optional<Bytes>> answer = new CompletableFuture<>();
            p.scheduler.schedule(delay, () -> answer.complete(Optional.of(r.message())));
            return answer;
        });
    }

    @Test
    void tagPastItsLifetimeIsNotReusedWhileItsRequestStillWaits() throws TimeoutException {
        try (StackPair p = new StackPair()) {
            echoWithDelays(p);
            // the tag lifetime is 6 s; this request waits up to 10 s for its answer, due after 7 s
            Bytes slowMessage = Bytes.ofUnsigned(0x01, SLOW);
            CompletableFuture<Bytes> slow = p.requester.request(StackPair.NET, StackPair.RESPONDER_EID, slowMessage,
                    new RequestOptions(Duration.ofSeconds(10), 0));
            for (int i = 0; i < TagAllocator.TAGS - 1; i++) {
                Bytes quick = Bytes.ofUnsigned(0x01, i);
                assertThat(p.scheduler.await(p.requester.request(StackPair.NET, StackPair.RESPONDER_EID, quick), LIMIT))
                        .isEqualTo(quick);
            }
            p.scheduler.advance(Duration.ofMillis(6500));

            Bytes lateMessage = Bytes.ofUnsigned(0x01, LATE);
            CompletableFuture<Bytes> late = p.requester.request(StackPair.NET, StackPair.RESPONDER_EID, lateMessage,
                    new RequestOptions(Duration.ofSeconds(10), 0));

            assertThat(p.scheduler.await(slow, LIMIT)).isEqualTo(slowMessage);
            assertThat(p.scheduler.await(late, LIMIT)).isEqualTo(lateMessage);
        }
    }

    @Test
    void tagsAreFreedByResponsesSoManySequentialRequestsSucceed() throws TimeoutException {
        try (StackPair p = new StackPair()) {
            echoWithDelays(p);
            for (int i = 0; i < 20; i++) {
                p.scheduler.await(p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01, i)), LIMIT);
            }
            assertThat(p.requesterIf.counters().messagesIn()).isEqualTo(20);
            assertThat(p.requesterIf.drops().total()).isZero();
        }
    }

    /** Virtual time whose timers can be refused, as a real scheduler refuses them once shut down. */
    private static final class RefusingScheduler implements Scheduler {
        final VirtualScheduler time = new VirtualScheduler();
        volatile boolean refuse;

        @Override
        public Instant now() {
            return time.now();
        }

        @Override
        public long nanoTime() {
            return time.nanoTime();
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable task) {
            if (refuse) {
                throw new RejectedExecutionException("scheduler shut down");
            }
            return time.schedule(delay, task);
        }
    }

    @Test
    void refusedTimerFailsTheRequestAndGivesItsTagBack() {
        RefusingScheduler scheduler = new RefusingScheduler();
        LoopbackBinding.Pair link = LoopbackBinding.pair(scheduler, 68);
        try (MctpStack stack = new MctpStack(scheduler, StackSettings.DEFAULTS)) {
            stack.addInterface("p2p", StackPair.NET, link.first()).setLocalEid(StackPair.REQUESTER_EID);
            stack.routes().add(new Route(StackPair.NET, StackPair.RESPONDER_EID, StackPair.RESPONDER_EID, "p2p",
                    Optional.empty(), 68));
            scheduler.refuse = true;

            // one more request than there are tags: each must have given its tag back
            for (int i = 0; i <= TagAllocator.TAGS; i++) {
                CompletableFuture<Bytes> f = stack.request(StackPair.NET, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01));
                assertThat(MctpFailures.reason(f)).isEqualTo(MctpException.Reason.CLOSED);
            }
        }
    }
}
