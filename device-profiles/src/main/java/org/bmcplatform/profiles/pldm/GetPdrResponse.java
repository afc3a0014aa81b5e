package org.bmcplatform.profiles.pldm;

import java.util.OptionalInt;
import org.bmcplatform.mctp.Bytes;

/**
 * GetPDR response (DSP0248 Table "GetPDR command format"): completion code, nextRecordHandle u32
 * (0 after the last record), nextDataTransferHandle u32 (0 after the last part), transferFlag u8
 * ({@link PdrTransferFlag}), responseCount u16 (implicit: the length of {@code recordData}),
 * recordData, and transferCRC u8 only when transferFlag is End: the CRC-8 (polynomial 0x07, as
 * libpldm {@code pldm_edac_crc8}) of the whole record, all parts together.
 */
public record GetPdrResponse(int instanceId, long nextRecordHandle, long nextDataTransferHandle,
        PdrTransferFlag transferFlag, Bytes recordData, OptionalInt transferCrc) implements PldmResponse {
    public GetPdrResponse {
        WireRange.instanceId(instanceId);
        WireRange.unsigned(nextRecordHandle, 32, "next record handle");
        WireRange.unsigned(nextDataTransferHandle, 32, "next data transfer handle");
        WireRange.required(transferFlag, "transfer flag");
        WireRange.unsigned(WireRange.required(recordData, "record data").length(), 16, "response count");
        WireRange.required(transferCrc, "transfer CRC");
        if (transferFlag.carriesCrc() != transferCrc.isPresent()) {
            throw new IllegalArgumentException("transferCRC is present exactly when transferFlag is End, flag was "
                    + transferFlag + " and CRC " + (transferCrc.isPresent() ? "present" : "absent"));
        }
        if (transferCrc.isPresent()) {
            WireRange.unsigned(transferCrc.getAsInt(), 8, "transfer CRC");
        }
    }

    /** A whole record in one part (StartAndEnd, no CRC). */
    public static GetPdrResponse single(int instanceId, long nextRecordHandle, Bytes record) {
        return new GetPdrResponse(instanceId, nextRecordHandle, 0, PdrTransferFlag.START_AND_END, record, OptionalInt.empty());
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_PDR;
    }
}
