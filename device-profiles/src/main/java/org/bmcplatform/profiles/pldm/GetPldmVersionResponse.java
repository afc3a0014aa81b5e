package org.bmcplatform.profiles.pldm;

import java.util.List;
import org.bmcplatform.mctp.Bytes;

/**
 * GetPLDMVersion response (DSP0240 Table "GetPLDMVersion command format"): completion code,
 * nextDataTransferHandle u32, transferFlag u8, then this part of the version data. Reassembled, the
 * parts form {@link VersionData} (ver32 list and CRC-32).
 */
public record GetPldmVersionResponse(int instanceId, long nextDataTransferHandle, TransferFlag transferFlag, Bytes portion)
        implements PldmResponse {
    public GetPldmVersionResponse {
        WireRange.instanceId(instanceId);
        WireRange.unsigned(nextDataTransferHandle, 32, "next data transfer handle");
        WireRange.required(transferFlag, "transfer flag");
        WireRange.required(portion, "version data portion");
    }

    /** A single-part (StartAndEnd) answer carrying {@code versions} and their CRC-32. */
    public static GetPldmVersionResponse of(int instanceId, List<Ver32> versions) {
        return new GetPldmVersionResponse(instanceId, 0, TransferFlag.START_AND_END, VersionData.encode(versions));
    }

    /** The versions of a StartAndEnd answer, CRC checked; other parts must be reassembled first. */
    public List<Ver32> versions() {
        if (!transferFlag.equals(TransferFlag.START_AND_END)) {
            throw new IllegalStateException("a " + transferFlag + " part holds only part of the version data");
        }
        return VersionData.decode(portion);
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_PLDM_VERSION;
    }
}
