package org.bmcplatform.profiles.pldm;

/**
 * A response message (Rq = 0, D = 0). Every type but {@link ErrorResponse} has completion code
 * success; a failing code is an {@link ErrorResponse}, a value.
 */
public sealed interface PldmResponse extends PldmMessage permits GetTidResponse, SetTidResponse, GetPldmTypesResponse,
        GetPldmVersionResponse, GetPldmCommandsResponse, GetSensorReadingResponse, GetStateSensorReadingsResponse,
        GetPdrResponse, GetPdrRepositoryInfoResponse, PlatformEventMessageResponse, SetEventReceiverResponse,
        EventMessageSupportedResponse, GetFruRecordTableMetadataResponse, GetFruRecordTableResponse,
        OtherResponse, ErrorResponse {

    default CompletionCode completionCode() {
        return CompletionCode.SUCCESS;
    }
}
