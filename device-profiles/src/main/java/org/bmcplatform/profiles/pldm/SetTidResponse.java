package org.bmcplatform.profiles.pldm;

/** SetTID response (DSP0240 Table "SetTID command format"): the completion code only. */
public record SetTidResponse(int instanceId) implements PldmResponse {
    public SetTidResponse {
        WireRange.instanceId(instanceId);
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.SET_TID;
    }
}
