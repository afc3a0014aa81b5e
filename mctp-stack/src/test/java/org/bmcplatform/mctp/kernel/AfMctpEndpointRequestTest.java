package org.bmcplatform.mctp.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpException.Reason;
import org.bmcplatform.mctp.MctpFailures;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests through the kernel endpoint against an in-memory kernel: the test plays the peer (EID 9 on
 * network 1) and the clock is virtual, so timeouts and retries happen when the test advances time.
 */
class AfMctpEndpointRequestTest {
    private static final int NET = 1;
    private static final EndpointId PEER = EndpointId.of(9);
    private static final Bytes NVME_MI_REQUEST = Bytes.fromHex("84 08 00 00 01 02");
    private static final Bytes NVME_MI_RESPONSE = Bytes.fromHex("84 88 00 00 00 aa");
    private static final Duration TIMEOUT = RequestOptions.DEFAULT_TIMEOUT;

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private InMemoryMctpKernel kernel = new InMemoryMctpKernel();
    private AfMctpEndpoint endpoint = AfMctpEndpoint.open(kernel, scheduler);

    @AfterEach
    void close() {
        endpoint.close();
        kernel.awaitAllClosed();
    }

    @Test
    void requestGoesOutWithAKeptTagAndTheTypeInTheAddressAndCompletesWithTheReply() {
        CompletableFuture<Bytes> f = endpoint.request(NET, PEER, NVME_MI_REQUEST);

        InMemoryMctpKernel.Sent s = kernel.nextSent();
        assertThat(s.to()).isEqualTo(new SockaddrMctp(NET, 9, 0x84, s.wireTag() | 0x18));
        assertThat(s.payload()).isEqualTo(Bytes.fromHex("08 00 00 01 02"));
        assertThat(kernel.heldTags(NET, 9)).containsExactly(s.wireTag());

        assertThat(kernel.reply(s, NVME_MI_RESPONSE)).isTrue();
        kernel.awaitQuiet();

        assertThat(f).isCompletedWithValue(NVME_MI_RESPONSE);
        assertThat(kernel.heldTags(NET, 9)).as("the kept tag is dropped at completion").isEmpty();
        assertThat(endpoint.outstandingRequests()).isZero();
        assertThat(kernel.boundAddresses()).as("requesters never bind (§9 rows 14-15)").isEmpty();
    }

    @Test
    void timedOutAttemptIsRetriedWithTheSameTagAndAReplyToEitherCompletes() {
        CompletableFuture<Bytes> f = endpoint.request(NET, PEER, NVME_MI_REQUEST);
        InMemoryMctpKernel.Sent first = kernel.nextSent();

        scheduler.advance(TIMEOUT);
        InMemoryMctpKernel.Sent second = kernel.nextSent();
        assertThat(second.wireTag()).isEqualTo(first.wireTag());
        assertThat(second.to()).isEqualTo(first.to());
        assertThat(f).isNotDone();

        kernel.reply(first, NVME_MI_RESPONSE);
        kernel.awaitQuiet();

        assertThat(f).isCompletedWithValue(NVME_MI_RESPONSE);
    }

    @Test
    void requestFailsWithTimeoutAfterEveryAttemptAndReleasesItsTag() {
        CompletableFuture<Bytes> f = endpoint.request(NET, PEER, NVME_MI_REQUEST, new RequestOptions(TIMEOUT, 2));

        for (int attempt = 0; attempt < 3; attempt++) {
            kernel.nextSent();
            assertThat(f).isNotDone();
            scheduler.advance(TIMEOUT);
        }

        assertThat(kernel.sentCount()).isZero();
        MctpException e = MctpFailures.of(f);
        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e).hasMessage("no response from EID 9 on network 1 after 3 attempt(s) of 300 ms");
        assertThat(kernel.heldTags(NET, 9)).isEmpty();
    }

    @Test
    void duplicateReplyQueuedBehindTheAnswerIsCountedAsUnmatched() {
        CompletableFuture<Bytes> f = endpoint.request(NET, PEER, NVME_MI_REQUEST);
        InMemoryMctpKernel.Sent first = kernel.nextSent();
        scheduler.advance(TIMEOUT);
        InMemoryMctpKernel.Sent second = kernel.nextSent();

        // both attempts answered before the reader looked: the second reply is late
        assertThat(kernel.replyBoth(first, NVME_MI_RESPONSE, second, Bytes.fromHex("84 88 00 00 00 bb")))
                .containsExactly(true, true);
        kernel.awaitQuiet();

        assertThat(f).isCompletedWithValue(NVME_MI_RESPONSE);
        assertThat(endpoint.drops().get(DropReason.UNMATCHED_RESPONSE)).isEqualTo(1);
    }

    @Test
    void replyAfterCompletionIsDiscardedByTheKernelBecauseTheTagWasDropped() {
        CompletableFuture<Bytes> f = endpoint.request(NET, PEER, NVME_MI_REQUEST);
        InMemoryMctpKernel.Sent s = kernel.nextSent();
        kernel.reply(s, NVME_MI_RESPONSE);
        kernel.awaitQuiet();

        assertThat(kernel.reply(s, NVME_MI_RESPONSE)).isFalse();
        assertThat(f).isCompletedWithValue(NVME_MI_RESPONSE);
    }

    @Test
    void replyWithAnotherTagNeverReachesTheRequestWhichThenTimesOutAndRetries() {
        CompletableFuture<Bytes> f = endpoint.request(NET, PEER, NVME_MI_REQUEST);
        InMemoryMctpKernel.Sent s = kernel.nextSent();

        assertThat(kernel.replyWithTag(s, (s.wireTag() + 1) & 7, NVME_MI_RESPONSE)).isFalse();
        kernel.awaitQuiet();
        assertThat(f).isNotDone();

        scheduler.advance(TIMEOUT);
        kernel.reply(kernel.nextSent(), NVME_MI_RESPONSE);
        kernel.awaitQuiet();
        assertThat(f).isCompletedWithValue(NVME_MI_RESPONSE);
    }

    @Test
    void datagramsWithTheWrongTagTypeSourceOrOwnerBitAreCountedAndTheRequestStaysOpen() {
        CompletableFuture<Bytes> f = endpoint.request(NET, PEER, NVME_MI_REQUEST);
        InMemoryMctpKernel.Sent s = kernel.nextSent();
        int tag = s.wireTag();

        kernel.deliverRaw(s.fd(), new SockaddrMctp(NET, 9, 0, (tag + 1) & 7), NVME_MI_RESPONSE);
        kernel.deliverRaw(s.fd(), new SockaddrMctp(NET, 9, 0, tag), Bytes.fromHex("01 02 03"));
        kernel.deliverRaw(s.fd(), new SockaddrMctp(NET, 10, 0, tag), NVME_MI_RESPONSE);
        kernel.deliverRaw(s.fd(), new SockaddrMctp(2, 9, 0, tag), NVME_MI_RESPONSE);
        kernel.deliverRaw(s.fd(), new SockaddrMctp(NET, 9, 0, tag | 0x08), NVME_MI_RESPONSE);
        kernel.awaitQuiet();

        assertThat(f).isNotDone();
        assertThat(endpoint.drops().get(DropReason.UNMATCHED_RESPONSE)).isEqualTo(5);

        kernel.reply(s, Bytes.fromHex("04 88 00"));
        kernel.awaitQuiet();
        assertThat(f).as("the type matches without the IC bit").isCompletedWithValue(Bytes.fromHex("04 88 00"));
    }

    @Test
    void kernelWithoutTagIoctlsGetsOwnerTagsPerSendAndRepliesMatchByPeerAndType() {
        reopenOn(new InMemoryMctpKernel().withoutTagIoctls());
        CompletableFuture<Bytes> f = endpoint.request(NET, PEER, NVME_MI_REQUEST);
        InMemoryMctpKernel.Sent first = kernel.nextSent();
        assertThat(first.to().tag()).isEqualTo(0x08);

        scheduler.advance(TIMEOUT);
        InMemoryMctpKernel.Sent second = kernel.nextSent();
        assertThat(second.to().tag()).isEqualTo(0x08);
        assertThat(second.wireTag()).as("the kernel allocated another tag").isNotEqualTo(first.wireTag());

        kernel.reply(second, NVME_MI_RESPONSE);
        kernel.awaitQuiet();
        assertThat(f).isCompletedWithValue(NVME_MI_RESPONSE);
    }

    @Test
    void concurrentRequestsToOnePeerHoldDistinctTagsAndEachGetsItsOwnReply() {
        CompletableFuture<Bytes> a = endpoint.request(NET, PEER, NVME_MI_REQUEST);
        CompletableFuture<Bytes> b = endpoint.request(NET, PEER, Bytes.fromHex("84 09"));
        InMemoryMctpKernel.Sent sa = kernel.nextSent();
        InMemoryMctpKernel.Sent sb = kernel.nextSent();
        assertThat(sa.wireTag()).isNotEqualTo(sb.wireTag());

        kernel.reply(sb, Bytes.fromHex("84 89 0b"));
        kernel.reply(sa, Bytes.fromHex("84 88 0a"));
        kernel.awaitQuiet();

        assertThat(a).isCompletedWithValue(Bytes.fromHex("84 88 0a"));
        assertThat(b).isCompletedWithValue(Bytes.fromHex("84 89 0b"));
    }

    @Test
    void allTagsToThePeerInUseFailsWithTagsExhausted() {
        for (int i = 0; i < 8; i++) {
            endpoint.request(NET, PEER, NVME_MI_REQUEST);
        }

        CompletableFuture<Bytes> ninth = endpoint.request(NET, PEER, NVME_MI_REQUEST);

        assertThat(MctpFailures.reason(ninth)).isEqualTo(Reason.TAGS_EXHAUSTED);
    }

    @Test
    void noRouteInTheKernelFailsAtOnceWithoutRetries() {
        kernel.failSendsTo(9, Errno.ENETUNREACH);

        CompletableFuture<Bytes> f = endpoint.request(NET, PEER, NVME_MI_REQUEST);

        MctpException e = MctpFailures.of(f);
        assertThat(e.reason()).isEqualTo(Reason.NO_ROUTE);
        assertThat(e.getMessage()).startsWith("the kernel has no route to EID 9 on network 1 (ENETUNREACH (").contains("mctpd");
        assertThat(kernel.heldTags(NET, 9)).isEmpty();
    }

    @Test
    void sendRefusedForWantOfCapNetRawSaysSo() {
        kernel.failSendsTo(9, Errno.EACCES);

        MctpException e = MctpFailures.of(endpoint.request(NET, PEER, NVME_MI_REQUEST));

        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
        assertThat(e.getMessage()).contains("CAP_NET_RAW");
    }

    @Test
    void sendWithoutBufferSpaceIsRetriedAfterTheTimeout() {
        kernel.failSendsTo(9, Errno.EAGAIN);
        CompletableFuture<Bytes> f = endpoint.request(NET, PEER, NVME_MI_REQUEST);
        assertThat(f).isNotDone();

        kernel.sendsSucceed(9);
        scheduler.advance(TIMEOUT);
        kernel.reply(kernel.nextSent(), NVME_MI_RESPONSE);
        kernel.awaitQuiet();

        assertThat(f).isCompletedWithValue(NVME_MI_RESPONSE);
    }

    @Test
    void sendFailingOnEveryAttemptFailsWithTransmitFailedNamingTheErrno() {
        kernel.failSendsTo(9, Errno.ENOBUFS);
        CompletableFuture<Bytes> f = endpoint.request(NET, PEER, NVME_MI_REQUEST, new RequestOptions(TIMEOUT, 1));

        scheduler.advance(TIMEOUT.multipliedBy(2));

        MctpException e = MctpFailures.of(f);
        assertThat(e.reason()).isEqualTo(Reason.TRANSMIT_FAILED);
        assertThat(e.getMessage()).startsWith("could not send to EID 9 on network 1 (attempt 2): sendto(EID 9): ENOBUFS (");
    }

    @Test
    void physicalAddressingBroadcastAndEmptyMessagesAreRefused() {
        assertThat(MctpFailures.reason(endpoint.request(NET, EndpointId.NULL, NVME_MI_REQUEST))).isEqualTo(Reason.INVALID_ARGUMENT);
        assertThat(MctpFailures.reason(endpoint.request(NET, EndpointId.BROADCAST, NVME_MI_REQUEST))).isEqualTo(Reason.INVALID_ARGUMENT);
        assertThat(MctpFailures.reason(endpoint.request(NET, PEER, Bytes.EMPTY))).isEqualTo(Reason.INVALID_ARGUMENT);
        assertThat(kernel.socketsOpened()).as("only the probe at open").isEqualTo(1);
    }

    @Test
    void closeFailsOutstandingRequestsAndLaterOnesWithClosed() {
        CompletableFuture<Bytes> f = endpoint.request(NET, PEER, NVME_MI_REQUEST);

        endpoint.close();

        assertThat(MctpFailures.reason(f)).isEqualTo(Reason.CLOSED);
        assertThat(MctpFailures.reason(endpoint.request(NET, PEER, NVME_MI_REQUEST))).isEqualTo(Reason.CLOSED);
        kernel.awaitAllClosed();
        assertThat(kernel.heldTags(NET, 9)).isEmpty();
    }

    @Test
    void openOnAKernelWithoutMctpNamesTheFixInOneMessage() {
        assertThatThrownBy(() -> AfMctpEndpoint.open(new InMemoryMctpKernel().withoutMctp(), scheduler))
                .isInstanceOfSatisfying(MctpException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
                .hasMessageStartingWith("this kernel has no MCTP support (AF_MCTP socket: ")
                .hasMessageEndingWith("); use the Java stack (bmc.mctp.transport=java) or a kernel with CONFIG_MCTP");
    }

    private void reopenOn(InMemoryMctpKernel other) {
        endpoint.close();
        kernel.awaitAllClosed();
        kernel = other;
        endpoint = AfMctpEndpoint.open(other, scheduler);
    }
}
