package org.bmcplatform.profiles.pldm;

/** GetFRURecordTable request (DSP0257 Table "GetFRURecordTable command format"): dataTransferHandle u32, transferOperationFlag u8. */
public record GetFruRecordTableRequest(int instanceId, long dataTransferHandle, TransferOperation operation) implements PldmRequest {
    public GetFruRecordTableRequest {
        WireRange.instanceId(instanceId);
        WireRange.unsigned(dataTransferHandle, 32, "data transfer handle");
        WireRange.required(operation, "transfer operation flag");
    }

    public static GetFruRecordTableRequest first(int instanceId) {
        return new GetFruRecordTableRequest(instanceId, 0, TransferOperation.GET_FIRST_PART);
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_FRU_RECORD_TABLE;
    }
}
