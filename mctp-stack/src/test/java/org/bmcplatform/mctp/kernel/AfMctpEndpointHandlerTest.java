package org.bmcplatform.mctp.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.IncomingRequest;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpException.Reason;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestHandler;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Answering requests through the kernel endpoint: one bound socket per handled type, answers with TO=0. */
class AfMctpEndpointHandlerTest {
    private static final Bytes PLDM_REQUEST = Bytes.fromHex("01 81 02 00");
    private static final Bytes PLDM_RESPONSE = Bytes.fromHex("01 01 02 00 00");

    private InMemoryMctpKernel kernel = new InMemoryMctpKernel();
    private AfMctpEndpoint endpoint = AfMctpEndpoint.open(kernel, new VirtualScheduler());
    private final List<IncomingRequest> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        endpoint.close();
        kernel.awaitAllClosed();
    }

    private RequestHandler answering(Bytes response) {
        return RequestHandler.immediate(r -> {
            seen.add(r);
            return Optional.of(response);
        });
    }

    @Test
    void handlerBindsItsTypeOnAnyNetworkAndAnyLocalEid() {
        endpoint.handle(MessageType.PLDM, answering(PLDM_RESPONSE));

        assertThat(kernel.boundAddresses()).containsExactly(new SockaddrMctp(0, 0xFF, 0x01, 0));
    }

    @Test
    void requestReachesTheHandlerAndTheAnswerGoesBackWithTheTagWithoutTheOwnerBit() {
        endpoint.handle(MessageType.PLDM, answering(PLDM_RESPONSE));

        assertThat(kernel.request(1, 20, 5, PLDM_REQUEST)).isTrue();
        kernel.awaitQuiet();

        assertThat(seen).containsExactly(new IncomingRequest(1, EndpointId.of(20), EndpointId.NULL, 5, PLDM_REQUEST,
                AfMctpEndpoint.INTERFACE_NAME, LinkAddress.NONE));
        InMemoryMctpKernel.Sent answer = kernel.nextSent();
        assertThat(answer.to()).isEqualTo(new SockaddrMctp(1, 20, 0x01, 5));
        assertThat(answer.tagOwner()).isFalse();
        assertThat(answer.message()).isEqualTo(PLDM_RESPONSE);
    }

    @Test
    void handlerAnsweringLaterStillAnswersWithTheRequestsTag() {
        CompletableFuture<Optional<Bytes>> later = new CompletableFuture<>();
        endpoint.handle(MessageType.PLDM, r -> later);
        kernel.request(1, 20, 3, PLDM_REQUEST);
        kernel.awaitQuiet();
        assertThat(kernel.sentCount()).isZero();

        later.complete(Optional.of(PLDM_RESPONSE));

        assertThat(kernel.nextSent().to()).isEqualTo(new SockaddrMctp(1, 20, 0x01, 3));
    }

    @Test
    void secondHandlerForATypeReplacesTheFirstWithoutBindingAgain() {
        endpoint.handle(MessageType.PLDM, answering(PLDM_RESPONSE));
        endpoint.handle(MessageType.PLDM, answering(Bytes.fromHex("01 01 02 00 01")));

        kernel.request(1, 20, 1, PLDM_REQUEST);
        kernel.awaitQuiet();

        assertThat(kernel.boundAddresses()).hasSize(1);
        assertThat(kernel.nextSent().message()).isEqualTo(Bytes.fromHex("01 01 02 00 01"));
    }

    @Test
    void failingThrowingOrEmptyHandlersSendNothingAndFailuresAreCounted() {
        endpoint.handle(MessageType.PLDM, r -> CompletableFuture.failedFuture(new IllegalStateException("no")));
        endpoint.handle(MessageType.NCSI, r -> {
            throw new IllegalStateException("no");
        });
        endpoint.handle(MessageType.SPDM, RequestHandler.immediate(r -> Optional.empty()));

        kernel.request(1, 20, 1, PLDM_REQUEST);
        kernel.request(1, 20, 2, Bytes.fromHex("02 00"));
        kernel.request(1, 20, 3, Bytes.fromHex("05 10 84"));
        kernel.awaitQuiet();

        assertThat(kernel.sentCount()).isZero();
        assertThat(endpoint.drops().get(DropReason.HANDLER_FAILED)).isEqualTo(2);
    }

    @Test
    void responseArrivingOnABoundSocketIsCountedAndTheNextRequestIsStillAnswered() {
        endpoint.handle(MessageType.PLDM, answering(PLDM_RESPONSE));
        int fd = boundFd();

        kernel.deliverRaw(fd, new SockaddrMctp(1, 20, 0, 2), PLDM_RESPONSE);
        kernel.request(1, 20, 4, PLDM_REQUEST);
        kernel.awaitQuiet();

        assertThat(endpoint.drops().get(DropReason.UNMATCHED_RESPONSE)).isEqualTo(1);
        assertThat(kernel.nextSent().to().tag()).isEqualTo(4);
    }

    @Test
    void bindRefusedForWantOfCapNetBindServiceSaysSoAndLeavesNoSocket() {
        reopenOn(new InMemoryMctpKernel().refusingBind(Errno.EACCES));

        assertThatThrownBy(() -> endpoint.handle(MessageType.PLDM, answering(PLDM_RESPONSE)))
                .isInstanceOfSatisfying(MctpException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
                .hasMessageStartingWith("receiving message type pldm (0x01) requests needs CAP_NET_BIND_SERVICE to bind an AF_MCTP socket (EACCES (");
        assertThat(kernel.openSockets()).isZero();
    }

    @Test
    void typeAlreadyBoundElsewhereSaysAnotherProcessAnswersIt() {
        reopenOn(new InMemoryMctpKernel().refusingBind(Errno.EADDRINUSE));

        assertThatThrownBy(() -> endpoint.handle(MessageType.SPDM, answering(PLDM_RESPONSE)))
                .isInstanceOf(MctpException.class)
                .hasMessageStartingWith("message type spdm (0x05) is already bound by another process on this system (EADDRINUSE (");
    }

    @Test
    void handlerSocketsCloseWithTheEndpointAndLaterHandlesAreRefused() {
        endpoint.handle(MessageType.PLDM, answering(PLDM_RESPONSE));

        endpoint.close();
        kernel.awaitAllClosed();

        assertThat(kernel.request(1, 20, 1, PLDM_REQUEST)).isFalse();
        assertThatThrownBy(() -> endpoint.handle(MessageType.PLDM, answering(PLDM_RESPONSE)))
                .isInstanceOfSatisfying(MctpException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CLOSED));
    }

    private int boundFd() {
        kernel.request(1, 21, 0, PLDM_REQUEST);
        kernel.awaitQuiet();
        InMemoryMctpKernel.Sent answer = kernel.nextSent();
        seen.clear();
        return answer.fd();
    }

    private void reopenOn(InMemoryMctpKernel other) {
        endpoint.close();
        kernel.awaitAllClosed();
        kernel = other;
        endpoint = AfMctpEndpoint.open(other, new VirtualScheduler());
    }
}
