package org.bmcplatform.profiles.pldm;

import org.bmcplatform.mctp.Bytes;

/**
 * GetFRURecordTable response (DSP0257 Table "GetFRURecordTable command format"): completion code,
 * nextDataTransferHandle u32, transferFlag u8 ({@link TransferFlag}), then a portion of the FRU
 * record table. The last portion ends with the pad bytes and the CRC-32; the reassembled table is
 * parsed by {@link FruTableCodec#decode}.
 */
public record GetFruRecordTableResponse(int instanceId, long nextDataTransferHandle, TransferFlag transferFlag, Bytes portion)
        implements PldmResponse {
    public GetFruRecordTableResponse {
        WireRange.instanceId(instanceId);
        WireRange.unsigned(nextDataTransferHandle, 32, "next data transfer handle");
        WireRange.required(transferFlag, "transfer flag");
        WireRange.required(portion, "FRU record table portion");
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_FRU_RECORD_TABLE;
    }
}
