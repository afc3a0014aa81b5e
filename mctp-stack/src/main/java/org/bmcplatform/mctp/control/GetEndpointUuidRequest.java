package org.bmcplatform.mctp.control;

/** Get Endpoint UUID request (DSP0236 §12.5, Table 16): no data. */
public record GetEndpointUuidRequest(int instanceId) implements ControlRequest {
    public GetEndpointUuidRequest {
        ControlHeader.checkInstanceId(instanceId);
    }

    @Override
    public ControlCommand command() {
        return ControlCommand.GET_ENDPOINT_UUID;
    }
}
