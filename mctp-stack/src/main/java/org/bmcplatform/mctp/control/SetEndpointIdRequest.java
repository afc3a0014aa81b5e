package org.bmcplatform.mctp.control;

import org.bmcplatform.mctp.EndpointId;

/**
 * Set Endpoint ID request (DSP0236 §12.3, Table 14): operation, EID. The EID is carried as received;
 * the responder judges it.
 */
public record SetEndpointIdRequest(int instanceId, SetEidOperation operation, EndpointId eid) implements ControlRequest {
    public SetEndpointIdRequest {
        ControlHeader.checkInstanceId(instanceId);
        if (operation == null || eid == null) {
            throw new IllegalArgumentException("operation and eid must not be null");
        }
    }

    @Override
    public ControlCommand command() {
        return ControlCommand.SET_ENDPOINT_ID;
    }
}
