package org.bmcplatform.mctp;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Answers incoming requests of one message type. Runs on the stack's receive path and must not
 * block: an answer that takes time completes the stage later. Completing with empty sends nothing
 * (e.g. a datagram); completing exceptionally is counted as a handler failure and sends nothing.
 */
@FunctionalInterface
public interface RequestHandler {

    /** @return the response message (IC/type byte first), or empty for no response */
    CompletionStage<Optional<Bytes>> handle(IncomingRequest request);

    /** A handler that answers at once. */
    static RequestHandler immediate(Function<IncomingRequest, Optional<Bytes>> answer) {
        return request -> CompletableFuture.completedFuture(answer.apply(request));
    }
}
