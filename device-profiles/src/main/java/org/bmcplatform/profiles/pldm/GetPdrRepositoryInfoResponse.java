package org.bmcplatform.profiles.pldm;

/**
 * GetPDRRepositoryInfo response (DSP0248 Table "GetPDRRepositoryInfo command format"), 41 bytes with
 * the completion code: repositoryState enum8, updateTime timestamp104, OEMUpdateTime timestamp104,
 * recordCount u32, repositorySize u32 (bytes of all records), largestRecordSize u32 (bytes of the
 * largest record, header included), dataTransferHandleTimeout u8 (seconds; 0x00 no timeout).
 */
public record GetPdrRepositoryInfoResponse(int instanceId, RepositoryState state, Timestamp104 updateTime,
                                           Timestamp104 oemUpdateTime, long recordCount, long repositorySize,
                                           long largestRecordSize, int dataTransferHandleTimeout) implements PldmResponse {
    /** A timestamp104 of all zero bytes: what a terminus without a clock reports (openbmc's responder does). */
    public static final Timestamp104 UNSPECIFIED_TIME = new Timestamp104(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    /** dataTransferHandleTimeout 0x00: handles do not time out. */
    public static final int NO_TIMEOUT = 0;

    public GetPdrRepositoryInfoResponse {
        WireRange.instanceId(instanceId);
        WireRange.required(state, "repository state");
        WireRange.required(updateTime, "update time");
        WireRange.required(oemUpdateTime, "OEM update time");
        WireRange.unsigned(recordCount, 32, "record count");
        WireRange.unsigned(repositorySize, 32, "repository size");
        WireRange.unsigned(largestRecordSize, 32, "largest record size");
        WireRange.unsigned(dataTransferHandleTimeout, 8, "data transfer handle timeout");
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_PDR_REPOSITORY_INFO;
    }
}
