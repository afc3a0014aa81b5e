package org.bmcplatform.profiles.pldm;

/** SetTID request (DSP0240 Table "SetTID command format"): the TID to assign (0x00 and 0xFF are reserved). */
public record SetTidRequest(int instanceId, int tid) implements PldmRequest {
    public SetTidRequest {
        WireRange.instanceId(instanceId);
        WireRange.unsigned(tid, 8, "TID");
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.SET_TID;
    }
}
