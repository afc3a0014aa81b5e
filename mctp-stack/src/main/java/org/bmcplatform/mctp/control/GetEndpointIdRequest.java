package org.bmcplatform.mctp.control;

/** Get Endpoint ID request (DSP0236 §12.4, Table 15): no data. */
public record GetEndpointIdRequest(int instanceId) implements ControlRequest {
    public GetEndpointIdRequest {
        ControlHeader.checkInstanceId(instanceId);
    }

    @Override
    public ControlCommand command() {
        return ControlCommand.GET_ENDPOINT_ID;
    }
}
