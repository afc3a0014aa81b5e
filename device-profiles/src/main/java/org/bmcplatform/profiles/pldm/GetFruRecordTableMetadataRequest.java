package org.bmcplatform.profiles.pldm;

/** GetFRURecordTableMetadata request (DSP0257 Table "GetFRURecordTableMetadata command format"): no request data. */
public record GetFruRecordTableMetadataRequest(int instanceId) implements PldmRequest {
    public GetFruRecordTableMetadataRequest {
        WireRange.instanceId(instanceId);
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_FRU_RECORD_TABLE_METADATA;
    }
}
