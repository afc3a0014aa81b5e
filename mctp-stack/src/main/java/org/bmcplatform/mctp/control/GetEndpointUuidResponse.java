package org.bmcplatform.mctp.control;

import java.util.UUID;

/** Get Endpoint UUID response (DSP0236 §12.5, Table 16): 16 bytes, most significant byte first. */
public record GetEndpointUuidResponse(int instanceId, CompletionCode completionCode, UUID uuid) implements ControlResponse {
    /** Carried by a non-success response. */
    public static final UUID NIL = new UUID(0, 0);

    public GetEndpointUuidResponse {
        ControlHeader.checkInstanceId(instanceId);
        if (completionCode == null || uuid == null) {
            throw new IllegalArgumentException("completionCode and uuid must not be null");
        }
    }

    public static GetEndpointUuidResponse failure(int instanceId, CompletionCode cc) {
        return new GetEndpointUuidResponse(instanceId, cc, NIL);
    }

    @Override
    public ControlCommand command() {
        return ControlCommand.GET_ENDPOINT_UUID;
    }
}
