package org.bmcplatform.profiles.pldm;

/** GetTID request (DSP0240 Table "GetTID command format"): no request data. */
public record GetTidRequest(int instanceId) implements PldmRequest {
    public GetTidRequest {
        WireRange.instanceId(instanceId);
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_TID;
    }
}
