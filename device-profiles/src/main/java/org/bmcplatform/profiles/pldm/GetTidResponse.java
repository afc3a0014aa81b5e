package org.bmcplatform.profiles.pldm;

/**
 * GetTID response (DSP0240 Table "GetTID command format"): completion code, TID. TID 0x00 means
 * "not assigned yet", 0xFF is reserved.
 */
public record GetTidResponse(int instanceId, int tid) implements PldmResponse {
    public static final int UNASSIGNED = 0x00;
    public static final int RESERVED = 0xFF;

    public GetTidResponse {
        WireRange.instanceId(instanceId);
        WireRange.unsigned(tid, 8, "TID");
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_TID;
    }
}
