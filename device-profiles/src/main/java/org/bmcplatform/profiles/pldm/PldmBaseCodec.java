package org.bmcplatform.profiles.pldm;

/**
 * Data layouts of the PLDM base commands (type 0, DSP0240 "PLDM base commands"): SetTID, GetTID,
 * GetPLDMVersion, GetPLDMTypes, GetPLDMCommands. Data starts after the header (requests) or after
 * the completion code (responses). Unmodelled commands return null and become Other* messages.
 */
final class PldmBaseCodec {
    private PldmBaseCodec() {
    }

    static void encode(PldmMessage m, WireWriter w) {
        if (m instanceof GetTidResponse p) {
            w.u8(p.tid());
        } else if (m instanceof SetTidRequest p) {
            w.u8(p.tid());
        } else if (m instanceof GetPldmTypesResponse p) {
            w.u32(p.typeBits() & 0xFFFF_FFFFL).u32(p.typeBits() >>> 32);
        } else if (m instanceof GetPldmVersionRequest p) {
            w.u32(p.dataTransferHandle()).u8(p.operation().code()).u8(p.pldmType().code());
        } else if (m instanceof GetPldmVersionResponse p) {
            w.u32(p.nextDataTransferHandle()).u8(p.transferFlag().code()).bytes(p.portion());
        } else if (m instanceof GetPldmCommandsRequest p) {
            w.u8(p.pldmType().code()).u32(p.version().value());
        } else if (m instanceof GetPldmCommandsResponse p) {
            w.bytes(p.commands().bits());
        }
        // GetTID, SetTID response and GetPLDMTypes request carry no data
    }

    static PldmRequest decodeRequest(int iid, int command, WireReader r) {
        PldmRequest m;
        switch (command) {
            case 0x01:
                m = new SetTidRequest(iid, r.u8("TID"));
                break;
            case 0x02:
                m = new GetTidRequest(iid);
                break;
            case 0x03:
                long handle = r.u32("DataTransferHandle");
                TransferOperation op = new TransferOperation(r.u8("TransferOperationFlag"));
                m = new GetPldmVersionRequest(iid, handle, op, PldmCodec.pldmType(r, "PLDMType"));
                break;
            case 0x04:
                m = new GetPldmTypesRequest(iid);
                break;
            case 0x05:
                PldmType type = PldmCodec.pldmType(r, "PLDMType");
                m = new GetPldmCommandsRequest(iid, type, Ver32.ofValue(r.u32("Version")));
                break;
            default:
                return null;
        }
        r.end(m.command().label() + " request");
        return m;
    }

    static PldmResponse decodeResponse(int iid, int command, WireReader r) {
        PldmResponse m;
        switch (command) {
            case 0x01:
                m = new SetTidResponse(iid);
                break;
            case 0x02:
                m = new GetTidResponse(iid, r.u8("TID"));
                break;
            case 0x03:
                long next = r.u32("NextDataTransferHandle");
                TransferFlag flag = new TransferFlag(r.u8("TransferFlag"));
                return new GetPldmVersionResponse(iid, next, flag, r.rest());
            case 0x04:
                long low = r.u32("PLDMTypes bytes 0..3");
                m = new GetPldmTypesResponse(iid, low | r.u32("PLDMTypes bytes 4..7") << 32);
                break;
            case 0x05:
                m = new GetPldmCommandsResponse(iid, new SupportedCommands(r.bytes(SupportedCommands.LENGTH, "PLDMCommands")));
                break;
            default:
                return null;
        }
        r.end(m.command().label() + " response");
        return m;
    }
}
