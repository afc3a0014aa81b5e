package org.bmcplatform.mctp.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.IncomingRequest;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestHandler;
import org.bmcplatform.mctp.binding.DropReason;
import org.junit.jupiter.api.Test;

/** The requester against a scripted peer: canned replies per received request, in order. */
class ControlRequesterTest {
    private final ControlBench bench = new ControlBench();
    private final List<ControlRequest> seen = new ArrayList<>();

    /** Installs a peer that answers the n-th request with {@code replies.get(n)} (the last one repeats). */
    private void scriptedPeer(List<Function<ControlRequest, Bytes>> replies) {
        bench.endpoint.handle(MessageType.CONTROL, RequestHandler.immediate((IncomingRequest r) -> {
            ControlRequest q = (ControlRequest) ControlCodec.decode(r.message());
            seen.add(q);
            return Optional.of(replies.get(Math.min(seen.size(), replies.size()) - 1).apply(q));
        }));
    }

    private static Bytes eidReply(int iid, int eid) {
        return ControlCodec.encode(new GetEndpointIdResponse(iid, CompletionCode.SUCCESS, EndpointId.of(eid), 0, 0, 0));
    }

    @Test
    void replyWithAWrongInstanceIdIsIgnoredAndCountedAndTheRetryIsAccepted() {
        scriptedPeer(List.of(q -> eidReply((q.instanceId() + 1) % 32, 9), q -> eidReply(q.instanceId(), 9)));

        GetEndpointIdResponse r = bench.await(bench.requester.getEndpointId(bench.physical()));

        assertThat(r.eid()).isEqualTo(EndpointId.of(9));
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1).instanceId()).as("a retry keeps its instance ID").isEqualTo(seen.get(0).instanceId());
        assertThat(bench.requester.drops().get(DropReason.UNMATCHED_RESPONSE)).isEqualTo(1);
    }

    @Test
    void replyThatNeverEchoesTheCommandFailsWithTimeoutAfterTheRetries() {
        scriptedPeer(List.of(q -> ControlCodec.encode(GenericResponse.unsupported(q.instanceId(), ControlCommand.GET_NETWORK_ID))));

        Throwable t = bench.failure(bench.requester.getEndpointId(bench.physical()));

        assertThat(MctpException.extract(t).orElseThrow().reason()).isEqualTo(MctpException.Reason.TIMEOUT);
        assertThat(seen).hasSize(3);
        assertThat(bench.requester.drops().get(DropReason.UNMATCHED_RESPONSE)).isEqualTo(3);
    }

    @Test
    void successResponseWithAReservedEidIsRejectedAsMalformed() {
        scriptedPeer(List.of(q -> eidReply(q.instanceId(), 5), q -> eidReply(q.instanceId(), 0x0A)));

        GetEndpointIdResponse r = bench.await(bench.requester.getEndpointId(bench.physical()));

        assertThat(r.eid()).isEqualTo(EndpointId.of(0x0A));
        assertThat(bench.requester.drops().get(DropReason.MALFORMED_CONTROL_MESSAGE)).isEqualTo(1);
    }

    @Test
    void truncatedSuccessResponseIsRejectedButATruncatedErrorIsAValue() {
        scriptedPeer(List.of(q -> Bytes.fromHex(String.format("00 %02x 02 00 09", q.instanceId())),
                q -> Bytes.fromHex(String.format("00 %02x 02 04", q.instanceId()))));

        GetEndpointIdResponse r = bench.await(bench.requester.getEndpointId(bench.physical()));

        assertThat(r.completionCode()).isEqualTo(CompletionCode.ERROR_NOT_READY);
        assertThat(bench.requester.drops().get(DropReason.MALFORMED_CONTROL_MESSAGE)).isEqualTo(1);
    }

    @Test
    void nobodyAnsweringTimesOut() {
        Throwable t = bench.failure(bench.requester.getEndpointUuid(bench.physical()));

        assertThat(MctpException.extract(t).orElseThrow().reason()).isEqualTo(MctpException.Reason.TIMEOUT);
    }

    @Test
    void instanceIdsCountUpModulo32() {
        scriptedPeer(List.of(q -> eidReply(q.instanceId(), 9)));
        for (int i = 0; i < 33; i++) {
            bench.await(bench.requester.getEndpointId(bench.physical()));
        }
        assertThat(seen.get(0).instanceId()).isZero();
        assertThat(seen.get(31).instanceId()).isEqualTo(31);
        assertThat(seen.get(32).instanceId()).isZero();
    }

    @Test
    void logicalTargetGoesByRoute() {
        bench.installResponder(ControlBench.simpleEndpoint(Optional.empty()));
        bench.endpointInterface.setLocalEid(EndpointId.of(9));
        bench.owner.routes().add(new org.bmcplatform.mctp.route.Route(ControlBench.NETWORK, EndpointId.of(9), EndpointId.of(9),
                ControlBench.BUS, Optional.empty(), 68));
        bench.owner.neighbours().put(ControlBench.BUS, EndpointId.of(9), ControlBench.ENDPOINT_ADDRESS);

        GetEndpointIdResponse r = bench.await(bench.requester.getEndpointId(
                new ControlTarget.Logical(ControlBench.NETWORK, EndpointId.of(9))));

        assertThat(r.eid()).isEqualTo(EndpointId.of(9));
    }
}
