package org.bmcplatform.profiles.pldm;

/** GetPLDMCommands request (DSP0240 Table "GetPLDMCommands command format"): PLDMType u8, Version ver32. */
public record GetPldmCommandsRequest(int instanceId, PldmType pldmType, Ver32 version) implements PldmRequest {
    public GetPldmCommandsRequest {
        WireRange.instanceId(instanceId);
        WireRange.required(pldmType, "PLDM type");
        WireRange.required(version, "version");
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_PLDM_COMMANDS;
    }
}
