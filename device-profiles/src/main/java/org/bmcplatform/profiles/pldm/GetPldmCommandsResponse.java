package org.bmcplatform.profiles.pldm;

/** GetPLDMCommands response (DSP0240 Table "GetPLDMCommands command format"): completion code, bitfield8[32]. */
public record GetPldmCommandsResponse(int instanceId, SupportedCommands commands) implements PldmResponse {
    public GetPldmCommandsResponse {
        WireRange.instanceId(instanceId);
        WireRange.required(commands, "commands");
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_PLDM_COMMANDS;
    }
}
