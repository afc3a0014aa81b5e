package org.bmcplatform.profiles.profile;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpEndpoint;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.profiles.ncsi.NcsiCodec;
import org.bmcplatform.profiles.ncsi.NcsiFormatException;
import org.bmcplatform.profiles.ncsi.NcsiRequest;
import org.bmcplatform.profiles.ncsi.NcsiResponse;

/**
 * One NC-SI command/response with one NIC over MCTP (DSP0261): the instance ID comes from a counter over
 * 1..255 shared by the engine (IID 0 is for AENs, DSP0222). A malformed answer becomes a warning and an empty
 * result; a refusal comes back as the codec's ErrorResponse, for the caller to judge (an "unsupported" Get
 * Link Status is a fact about the NIC, not a link down); no answer fails the future.
 */
final class NcsiExchange {
    private static final int INSTANCE_IDS = 255;

    private final MctpEndpoint endpoint;
    private final RequestOptions options;
    private final int network;
    private final EndpointId eid;
    private final AtomicInteger instanceIds;

    NcsiExchange(MctpEndpoint endpoint, RequestOptions options, int network, EndpointId eid, AtomicInteger instanceIds) {
        this.endpoint = endpoint;
        this.options = options;
        this.network = network;
        this.eid = eid;
        this.instanceIds = instanceIds;
    }

    CompletableFuture<Optional<NcsiResponse>> ask(IntFunction<NcsiRequest> build, String what, List<String> warnings) {
        NcsiRequest request = build.apply(1 + Math.floorMod(instanceIds.getAndIncrement(), INSTANCE_IDS));
        return endpoint.request(network, eid, NcsiCodec.encode(request), options).thenApply(bytes -> {
            try {
                return Optional.of(NcsiCodec.decodeResponse(bytes, request));
            } catch (NcsiFormatException e) {
                warnings.add(what + ": malformed response, " + e.getMessage());
                return Optional.empty();
            }
        });
    }
}
