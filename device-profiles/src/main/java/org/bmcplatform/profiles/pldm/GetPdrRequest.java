package org.bmcplatform.profiles.pldm;

/**
 * GetPDR request (DSP0248 Table "GetPDR command format"), 13 bytes: recordHandle u32 (0 = first
 * record), dataTransferHandle u32 (0 with GetFirstPart), transferOperationFlag u8, requestCount u16
 * (most record bytes wanted in this part), recordChangeNumber u16 (0 for the first part; for later
 * parts the number the first part carried).
 */
public record GetPdrRequest(int instanceId, long recordHandle, long dataTransferHandle, TransferOperation operation,
        int requestCount, int recordChangeNumber) implements PldmRequest {
    public GetPdrRequest {
        WireRange.instanceId(instanceId);
        WireRange.unsigned(recordHandle, 32, "record handle");
        WireRange.unsigned(dataTransferHandle, 32, "data transfer handle");
        WireRange.required(operation, "transfer operation flag");
        WireRange.unsigned(requestCount, 16, "request count");
        WireRange.unsigned(recordChangeNumber, 16, "record change number");
    }

    /** The first part of record {@code recordHandle}. */
    public static GetPdrRequest first(int instanceId, long recordHandle, int requestCount) {
        return new GetPdrRequest(instanceId, recordHandle, 0, TransferOperation.GET_FIRST_PART, requestCount, 0);
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_PDR;
    }
}
