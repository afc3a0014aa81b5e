package org.bmcplatform.profiles.nvmemi;

/** A request message (ROR = 0). */
public sealed interface MiRequest extends MiMessage permits HealthStatusPollRequest, ControllerHealthStatusPollRequest,
        ConfigurationGetRequest, ConfigurationSetRequest, ReadDataStructureRequest, VpdReadRequest, MiCommandRequest, IdentifyControllerRequest, AdminCommandRequest, OtherRequest {
}
