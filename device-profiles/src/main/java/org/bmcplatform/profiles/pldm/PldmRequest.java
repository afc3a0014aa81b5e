package org.bmcplatform.profiles.pldm;

/** A request message (Rq = 1). */
public sealed interface PldmRequest extends PldmMessage permits GetTidRequest, SetTidRequest, GetPldmTypesRequest,
        GetPldmVersionRequest, GetPldmCommandsRequest, GetSensorReadingRequest, GetStateSensorReadingsRequest,
        GetPdrRequest, GetPdrRepositoryInfoRequest, PlatformEventMessageRequest, SetEventReceiverRequest,
        EventMessageSupportedRequest, GetFruRecordTableMetadataRequest, GetFruRecordTableRequest,
        OtherRequest {
}
