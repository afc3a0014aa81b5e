package org.bmcplatform.mctp;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * No answer or a local failure (STYLE.md rule 29). A peer's "no" is never this: it is a
 * completion or status code inside the response.
 */
public class MctpException extends RuntimeException {

    /** Why a request or transmission failed; each says what a user can do about it. */
    public enum Reason {
        TIMEOUT("no response within the timeout after all retries; check the endpoint is present and powered"),
        NO_ROUTE("no route to that EID on that network; run discovery or add a route"),
        TAGS_EXHAUSTED("all 8 message tags to that EID are in use; wait for outstanding requests to finish"),
        BINDING_DOWN("the interface is down or closed; bring it up"),
        TOO_LARGE("the message exceeds the maximum message size"),
        INVALID_ARGUMENT("the request is invalid"),
        REFUSED("the endpoint answered with an error completion code or an unusable value; see the code"),
        TRANSMIT_FAILED("the binding could not transmit the packet (no acknowledge on the bus)"),
        UNAVAILABLE("this system lacks what the transport needs (kernel support, a device node or a permission); the message says what to do"),
        CLOSED("the stack is closed");

        private final String advice;

        Reason(String advice) {
            this.advice = advice;
        }

        public String advice() {
            return advice;
        }
    }

    private final Reason reason;

    public MctpException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public MctpException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Finds an MctpException in a cause chain (unwrapping CompletionException/ExecutionException). */
    public static Optional<MctpException> extract(Throwable t) {
        Throwable cur = t;
        while (cur != null) {
            if (cur instanceof MctpException m) {
                return Optional.of(m);
            }
            if (!(cur instanceof CompletionException) && !(cur instanceof ExecutionException) && cur.getCause() == cur) {
                break;
            }
            cur = cur.getCause();
        }
        return Optional.empty();
    }
}
