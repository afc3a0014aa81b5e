package org.bmcplatform.profiles.profile;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpEndpoint;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.profiles.pldm.CompletionCode;
import org.bmcplatform.profiles.pldm.ErrorResponse;
import org.bmcplatform.profiles.pldm.PldmCodec;
import org.bmcplatform.profiles.pldm.PldmFormatException;
import org.bmcplatform.profiles.pldm.PldmRequest;
import org.bmcplatform.profiles.pldm.PldmResponse;

/**
 * One PLDM request/response with one terminus (DSP0240): the instance ID comes from a counter mod 32
 * shared by every exchange of the engine, so requests in flight to one terminus never share one. A
 * terminus's "no" (a completion code other than success) and a malformed answer become a warning and an
 * empty result; no answer at all (MctpException) fails the future.
 */
final class PldmExchange {
    private static final int INSTANCE_IDS = 32;

    private final MctpEndpoint endpoint;
    private final RequestOptions options;
    private final int network;
    private final EndpointId eid;
    private final AtomicInteger instanceIds;

    PldmExchange(MctpEndpoint endpoint, RequestOptions options, int network, EndpointId eid, AtomicInteger instanceIds) {
        this.endpoint = endpoint;
        this.options = options;
        this.network = network;
        this.eid = eid;
        this.instanceIds = instanceIds;
    }

    /** The terminus's EID. */
    EndpointId eid() {
        return eid;
    }

    /** Sends the request {@code build} makes from a fresh instance ID; {@code what} names it in warnings. */
    <T extends PldmResponse> CompletableFuture<Optional<T>> ask(IntFunction<PldmRequest> build, Class<T> expected,
                                                                 String what, List<String> warnings) {
        return ask(build, expected, what, warnings, false);
    }

    /**
     * Like {@link #ask}, for a command DSP0248 makes optional (e.g. GetPDRRepositoryInfo): a terminus that answers
     * ERROR_UNSUPPORTED_PLDM_CMD gives an empty result without a warning.
     */
    <T extends PldmResponse> CompletableFuture<Optional<T>> askOptional(IntFunction<PldmRequest> build, Class<T> expected,
                                                                         String what, List<String> warnings) {
        return ask(build, expected, what, warnings, true);
    }

    private <T extends PldmResponse> CompletableFuture<Optional<T>> ask(IntFunction<PldmRequest> build, Class<T> expected,
                                                                         String what, List<String> warnings, boolean optional) {
        PldmRequest request = build.apply(Math.floorMod(instanceIds.getAndIncrement(), INSTANCE_IDS));
        return endpoint.request(network, eid, PldmCodec.encode(request), options).thenApply(bytes -> {
            PldmResponse response;
            try {
                response = PldmCodec.decodeResponse(bytes, request);
            } catch (PldmFormatException e) {
                warnings.add(what + ": malformed response, " + e.getMessage());
                return Optional.<T>empty();
            }
            if (response instanceof ErrorResponse error) {
                if (optional && error.completionCode().equals(CompletionCode.ERROR_UNSUPPORTED_PLDM_CMD)) {
                    return Optional.<T>empty();
                }
                warnings.add(what + ": terminus answered " + error.describe() + advice(error.completionCode()));
                return Optional.<T>empty();
            }
            if (!expected.isInstance(response)) {
                throw new CompletionException(new IllegalStateException(what + ": decoded " + response.getClass().getSimpleName()));
            }
            return Optional.of(expected.cast(response));
        });
    }

    private static String advice(CompletionCode code) {
        if (code.equals(CompletionCode.ERROR_UNSUPPORTED_PLDM_CMD)) {
            return "; the terminus does not implement this command, remove the step or sensor from the profile";
        }
        if (code.equals(CompletionCode.ERROR_NOT_READY)) {
            return "; the terminus is not ready, it is asked again on the next cycle";
        }
        return "";
    }
}
