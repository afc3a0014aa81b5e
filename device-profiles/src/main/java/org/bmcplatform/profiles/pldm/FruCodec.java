package org.bmcplatform.profiles.pldm;

/**
 * Data layouts of the FRU Data commands (type 4, DSP0257): GetFRURecordTableMetadata and
 * GetFRURecordTable. The table itself is laid out by {@link FruTableCodec}. Unmodelled commands
 * return null and become Other* messages.
 */
final class FruCodec {
    private FruCodec() {
    }

    static void encode(PldmMessage m, WireWriter w) {
        if (m instanceof GetFruRecordTableMetadataResponse p) {
            w.u8(p.majorVersion()).u8(p.minorVersion()).u32(p.maximumSize()).u32(p.tableLength())
                    .u16(p.recordSetCount()).u16(p.recordCount()).u32(p.checksum());
        } else if (m instanceof GetFruRecordTableRequest p) {
            w.u32(p.dataTransferHandle()).u8(p.operation().code());
        } else if (m instanceof GetFruRecordTableResponse p) {
            w.u32(p.nextDataTransferHandle()).u8(p.transferFlag().code()).bytes(p.portion());
        }
        // GetFRURecordTableMetadata request carries no data
    }

    static PldmRequest decodeRequest(int iid, int command, WireReader r) {
        PldmRequest m;
        switch (command) {
            case 0x01:
                m = new GetFruRecordTableMetadataRequest(iid);
                break;
            case 0x02:
                long handle = r.u32("dataTransferHandle");
                m = new GetFruRecordTableRequest(iid, handle, new TransferOperation(r.u8("transferOperationFlag")));
                break;
            default:
                return null;
        }
        r.end(m.command().label() + " request");
        return m;
    }

    static PldmResponse decodeResponse(int iid, int command, WireReader r) {
        switch (command) {
            case 0x01:
                int major = r.u8("FRUDataMajorVersion");
                int minor = r.u8("FRUDataMinorVersion");
                long max = r.u32("FRUTableMaximumSize");
                long length = r.u32("FRUTableLength");
                int sets = r.u16("TotalNumberOfRecordSetIdentifiers");
                int records = r.u16("TotalNumberOfRecordsInTable");
                PldmResponse m = new GetFruRecordTableMetadataResponse(iid, major, minor, max, length, sets, records,
                        r.u32("FRUDataStructureTableIntegrityChecksum"));
                r.end(m.command().label() + " response");
                return m;
            case 0x02:
                long next = r.u32("nextDataTransferHandle");
                TransferFlag flag = new TransferFlag(r.u8("transferFlag"));
                return new GetFruRecordTableResponse(iid, next, flag, r.rest());
            default:
                return null;
        }
    }
}
