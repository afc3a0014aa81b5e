package org.bmcplatform.profiles.nvmemi;

/** A response message (ROR = 1). A non-success status is an {@link ErrorResponse}, a value. */
public sealed interface MiResponse extends MiMessage permits HealthStatusPollResponse, ControllerHealthStatusPollResponse,
        ConfigurationGetResponse, ConfigurationSetResponse, ReadDataStructureResponse, VpdReadResponse, MiCommandResponse, IdentifyControllerResponse, AdminCommandResponse, ErrorResponse {

    /** The status byte; success for every type except {@link ErrorResponse}. */
    default MiStatus status() {
        return MiStatus.SUCCESS;
    }
}
