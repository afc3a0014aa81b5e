package org.bmcplatform.profiles.pldm;

/**
 * A response whose completion code is not success (DSP0240 "Completion codes"): the header and the
 * completion code; any bytes a responder put after a failing code are not interpreted (libpldm
 * decoders stop there too). The peer's "no" as a value.
 */
public record ErrorResponse(int instanceId, PldmCommand command, CompletionCode completionCode) implements PldmResponse {
    public ErrorResponse {
        WireRange.instanceId(instanceId);
        WireRange.required(command, "command");
        if (WireRange.required(completionCode, "completion code").isSuccess()) {
            throw new IllegalArgumentException("an error response has a non-success completion code");
        }
    }

    /** The answer to {@code request} with {@code code}. */
    public static ErrorResponse of(PldmRequest request, CompletionCode code) {
        return new ErrorResponse(request.instanceId(), request.command(), code);
    }

    /** {@code invalid record handle (0x82)}: the code named for the command it answered. */
    public String describe() {
        return completionCode.describe(command);
    }
}
