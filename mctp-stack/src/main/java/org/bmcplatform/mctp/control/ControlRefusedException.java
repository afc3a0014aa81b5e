package org.bmcplatform.mctp.control;

import org.bmcplatform.mctp.MctpException;

/**
 * A multi-step control procedure (endpoint setup) could not go on because the peer answered a step
 * with a non-success completion code or an unusable value. Single requests never throw this: their
 * completion code is part of the response.
 */
public final class ControlRefusedException extends MctpException {
    private final CompletionCode completionCode;

    public ControlRefusedException(String message, CompletionCode completionCode) {
        super(Reason.REFUSED, message);
        this.completionCode = completionCode;
    }

    /** The peer's completion code (SUCCESS when it answered success with an unusable value). */
    public CompletionCode completionCode() {
        return completionCode;
    }
}
