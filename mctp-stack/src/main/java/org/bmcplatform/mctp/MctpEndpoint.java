package org.bmcplatform.mctp;

import java.util.concurrent.CompletableFuture;

/**
 * The face of the stack (ARCHITECTURE.md): send a message of type T to (network, EID) and await the
 * reply; register a handler for incoming requests of type T. Implemented by the Java stack and, on
 * Linux, by the kernel's AF_MCTP sockets. Everything above the stack talks only to this.
 *
 * <p>A message is the MCTP message body as DSP0236 §8.3 defines it: the first byte holds IC (bit 7)
 * and the message type (bits 6:0); any message integrity check trailer is part of the bytes.
 */
public interface MctpEndpoint extends AutoCloseable {

    /**
     * Sends a request (the stack allocates a tag with TO=1) and completes with the response message
     * (same tag, TO=0). Fails with {@link MctpException} (reason TIMEOUT after all retries, NO_ROUTE,
     * TAGS_EXHAUSTED, BINDING_DOWN, TOO_LARGE, TRANSMIT_FAILED). Never blocks the caller.
     */
    CompletableFuture<Bytes> request(int network, EndpointId destination, Bytes message, RequestOptions options);

    /** {@link #request(int, EndpointId, Bytes, RequestOptions)} with {@link RequestOptions#DEFAULT}. */
    default CompletableFuture<Bytes> request(int network, EndpointId destination, Bytes message) {
        return request(network, destination, message, RequestOptions.DEFAULT);
    }

    /** Registers the handler for incoming requests (TO=1) of a message type, replacing any earlier one. */
    void handle(MessageType type, RequestHandler handler);

    /** Idempotent. Outstanding requests fail with reason CLOSED. */
    @Override
    void close();
}
