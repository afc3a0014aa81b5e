package org.bmcplatform.mctp.control;

import org.bmcplatform.mctp.EndpointId;

/**
 * Set Endpoint ID response (DSP0236 §12.3, Table 14): status byte with the EID assignment status in
 * bits 5:4 (0 accepted, 1 rejected) and the EID pool allocation status in bits 1:0 (0 no pool,
 * 1 pool required, 2 pool already received), the EID now in use, and the pool size requested.
 */
public record SetEndpointIdResponse(int instanceId, CompletionCode completionCode, int assignmentStatus,
                                    int poolStatus, EndpointId eid, int poolSize) implements ControlResponse {
    public static final int ASSIGNMENT_ACCEPTED = 0;
    public static final int ASSIGNMENT_REJECTED = 1;
    public static final int POOL_NONE = 0;
    public static final int POOL_REQUIRED = 1;
    public static final int POOL_RECEIVED = 2;

    public SetEndpointIdResponse {
        ControlHeader.checkInstanceId(instanceId);
        if (completionCode == null || eid == null) {
            throw new IllegalArgumentException("completionCode and eid must not be null");
        }
        if (assignmentStatus < 0 || assignmentStatus > 3 || poolStatus < 0 || poolStatus > 3) {
            throw new IllegalArgumentException("status fields are 2 bits each");
        }
        if (poolSize < 0 || poolSize > 0xFF) {
            throw new IllegalArgumentException("pool size is one byte, was " + poolSize);
        }
    }

    /** Success, accepted, no pool. */
    public static SetEndpointIdResponse accepted(int instanceId, EndpointId eid) {
        return new SetEndpointIdResponse(instanceId, CompletionCode.SUCCESS, ASSIGNMENT_ACCEPTED, POOL_NONE, eid, 0);
    }

    /** A non-success answer: nothing follows the completion code. */
    public static SetEndpointIdResponse failure(int instanceId, CompletionCode cc) {
        return new SetEndpointIdResponse(instanceId, cc, 0, 0, EndpointId.NULL, 0);
    }

    public boolean accepted() {
        return isSuccess() && assignmentStatus == ASSIGNMENT_ACCEPTED;
    }

    @Override
    public ControlCommand command() {
        return ControlCommand.SET_ENDPOINT_ID;
    }
}
