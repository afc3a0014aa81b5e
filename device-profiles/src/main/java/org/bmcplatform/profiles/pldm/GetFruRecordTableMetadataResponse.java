package org.bmcplatform.profiles.pldm;

/**
 * GetFRURecordTableMetadata response (DSP0257 Table "GetFRURecordTableMetadata command format"):
 * completion code, FRUDataMajorVersion u8, FRUDataMinorVersion u8, FRUTableMaximumSize u32,
 * FRUTableLength u32 (records plus pad), TotalNumberOfRecordSetIdentifiers u16,
 * TotalNumberOfRecordsInTable u16, FRUDataStructureTableIntegrityChecksum u32 (the table's CRC-32).
 */
public record GetFruRecordTableMetadataResponse(int instanceId, int majorVersion, int minorVersion, long maximumSize,
        long tableLength, int recordSetCount, int recordCount, long checksum) implements PldmResponse {
    public GetFruRecordTableMetadataResponse {
        WireRange.instanceId(instanceId);
        WireRange.unsigned(majorVersion, 8, "FRU data major version");
        WireRange.unsigned(minorVersion, 8, "FRU data minor version");
        WireRange.unsigned(maximumSize, 32, "FRU table maximum size");
        WireRange.unsigned(tableLength, 32, "FRU table length");
        WireRange.unsigned(recordSetCount, 16, "total number of record set identifiers");
        WireRange.unsigned(recordCount, 16, "total number of records");
        WireRange.unsigned(checksum, 32, "FRU table integrity checksum");
    }

    /**
     * The metadata describing {@code table} as {@link FruTableCodec#encode} lays it out: version 1.0,
     * length and maximum size the padded table (as openbmc's responder reports them), distinct record
     * set identifiers, records, CRC-32.
     */
    public static GetFruRecordTableMetadataResponse describing(int instanceId, FruRecordTable table) {
        int padded = FruTableCodec.paddedLength(table);
        return new GetFruRecordTableMetadataResponse(instanceId, 1, 0, padded, padded,
                (int) table.records().stream().mapToInt(FruRecord::recordSetId).distinct().count(),
                table.records().size(), FruTableCodec.crc(table));
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_FRU_RECORD_TABLE_METADATA;
    }
}
