package org.bmcplatform.profiles.profile;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpEndpoint;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.profiles.nvmemi.ErrorResponse;
import org.bmcplatform.profiles.nvmemi.MiRequest;
import org.bmcplatform.profiles.nvmemi.MiResponse;
import org.bmcplatform.profiles.nvmemi.MiStatus;
import org.bmcplatform.profiles.nvmemi.NvmeMiCodec;
import org.bmcplatform.profiles.nvmemi.NvmeMiFormatException;

/**
 * One NVMe-MI request/response with one endpoint. A device's "no" (error status) and a malformed
 * answer become a warning and an empty result; no answer at all (MctpException) fails the future.
 */
final class MiExchange {
    private final MctpEndpoint endpoint;
    private final RequestOptions options;
    private final int network;
    private final EndpointId eid;

    MiExchange(MctpEndpoint endpoint, RequestOptions options, int network, EndpointId eid) {
        this.endpoint = endpoint;
        this.options = options;
        this.network = network;
        this.eid = eid;
    }

    <T extends MiResponse> CompletableFuture<Optional<T>> ask(MiRequest request, Class<T> expected, String what, List<String> warnings) {
        return endpoint.request(network, eid, NvmeMiCodec.encode(request), options).thenApply(bytes -> {
            MiResponse response;
            try {
                response = NvmeMiCodec.decodeResponse(bytes, request);
            } catch (NvmeMiFormatException e) {
                warnings.add(what + ": malformed response, " + e.getMessage());
                return Optional.<T>empty();
            }
            if (response instanceof ErrorResponse error) {
                warnings.add(what + ": device answered " + error.status().label() + advice(error.status()));
                return Optional.<T>empty();
            }
            if (!expected.isInstance(response)) {
                throw new CompletionException(new IllegalStateException(what + ": decoded " + response.getClass().getSimpleName()));
            }
            return Optional.of(expected.cast(response));
        });
    }

    private static String advice(MiStatus status) {
        if (status.equals(MiStatus.INVALID_COMMAND_OPCODE)) {
            return "; the drive does not implement this command, remove the step from the profile";
        }
        if (status.equals(MiStatus.MORE_PROCESSING_REQUIRED)) {
            return "; the drive needs more time, retry on the next cycle";
        }
        return "";
    }
}
