package org.bmcplatform.profiles.pldm;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The FRU record table (DSP0257 "FRU record table"): records back to back; on the wire followed by
 * 0..3 zero pad bytes to a 4-byte multiple and the CRC-32 of records and pad ({@link FruTableCodec}).
 */
public record FruRecordTable(List<FruRecord> records) {
    public FruRecordTable {
        records = List.copyOf(WireRange.required(records, "records"));
    }

    /** The records of one FRU record set. */
    public List<FruRecord> recordSet(int recordSetId) {
        return records.stream().filter(r -> r.recordSetId() == recordSetId).collect(Collectors.toList());
    }
}
