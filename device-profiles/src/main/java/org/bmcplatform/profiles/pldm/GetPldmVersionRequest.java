package org.bmcplatform.profiles.pldm;

/**
 * GetPLDMVersion request (DSP0240 Table "GetPLDMVersion command format"): dataTransferHandle u32
 * (ignored with GetFirstPart), transferOperationFlag u8, PLDMType u8.
 */
public record GetPldmVersionRequest(int instanceId, long dataTransferHandle, TransferOperation operation, PldmType pldmType)
        implements PldmRequest {
    public GetPldmVersionRequest {
        WireRange.instanceId(instanceId);
        WireRange.unsigned(dataTransferHandle, 32, "data transfer handle");
        WireRange.required(operation, "transfer operation flag");
        WireRange.required(pldmType, "PLDM type");
    }

    /** The first part for {@code pldmType}. */
    public static GetPldmVersionRequest first(int instanceId, PldmType pldmType) {
        return new GetPldmVersionRequest(instanceId, 0, TransferOperation.GET_FIRST_PART, pldmType);
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_PLDM_VERSION;
    }
}
