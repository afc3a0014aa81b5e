package org.bmcplatform.profiles.pldm;

import java.util.ArrayList;
import java.util.List;
import org.bmcplatform.mctp.Bytes;

/**
 * Lays out and parses the FRU record table (DSP0257 "FRU record table" and Table "FRU record
 * format"). On the wire (the reassembled GetFRURecordTable portions) the table is the records, 0..3
 * zero pad bytes to a multiple of 4, and the CRC-32 (IEEE 802.3, {@link java.util.zip.CRC32}, libpldm
 * {@code pldm_edac_crc32}) over records and pad, little-endian. Padding is unambiguous: a record is
 * at least 5 bytes, padding at most 3.
 */
public final class FruTableCodec {
    static final int RECORD_HEADER = 5;

    private FruTableCodec() {
    }

    /** Records, pad and CRC-32: what a terminus serves through GetFRURecordTable. */
    public static Bytes encode(FruRecordTable table) {
        Bytes padded = padded(table);
        return padded.concat(new WireWriter().u32(VersionData.crc32(padded)).toBytes());
    }

    /** The records alone, without pad and CRC. */
    public static Bytes encodeRecords(FruRecordTable table) {
        WireWriter w = new WireWriter();
        for (FruRecord record : table.records()) {
            w.u16(record.recordSetId()).u8(record.type().code()).u8(record.fields().size()).u8(record.encoding().code());
            for (FruField f : record.fields()) {
                w.u8(f.type().code()).u8(f.value().length()).bytes(f.value());
            }
        }
        return w.toBytes();
    }

    /** The CRC-32 of records and pad, as GetFRURecordTableMetadata reports it. */
    public static long crc(FruRecordTable table) {
        return VersionData.crc32(padded(table));
    }

    /** Length of records and pad (FRUTableLength). */
    public static int paddedLength(FruRecordTable table) {
        return padded(table).length();
    }

    private static Bytes padded(FruRecordTable table) {
        Bytes records = encodeRecords(table);
        return records.concat(Bytes.wrap(new byte[pad(records.length())]));
    }

    static int pad(int length) {
        return (4 - length % 4) % 4;
    }

    /** Parses records, pad and CRC-32; the CRC and the pad length and value are checked. */
    public static FruRecordTable decode(Bytes table) {
        int len = table.length();
        if (len < 4) {
            throw new PldmFormatException(len, "FRU table CRC-32", "a FRU table of " + len + " bytes has no room for its CRC-32");
        }
        int crcAt = len - 4;
        long carried = new WireReader(table, crcAt, len).u32("FRU table CRC-32");
        long computed = VersionData.crc32(table.slice(0, crcAt));
        if (carried != computed) {
            throw new PldmFormatException(crcAt, "FRU table CRC-32", String.format("carried 0x%08x, computed 0x%08x", carried, computed));
        }
        WireReader r = new WireReader(table, 0, crcAt);
        List<FruRecord> records = new ArrayList<>();
        while (r.remaining() > 3) {
            if (r.remaining() < RECORD_HEADER) {
                throw new PldmFormatException(r.offset(), "FRU record " + records.size(),
                        r.remaining() + " bytes are neither a record (at least 5) nor padding (at most 3)");
            }
            records.add(record(r, records.size()));
        }
        int padAt = r.offset();
        if (r.remaining() != pad(padAt)) {
            throw new PldmFormatException(padAt, "pad", "records end at " + padAt + " so the pad is " + pad(padAt)
                    + " byte(s), found " + r.remaining());
        }
        for (int i = 0; r.remaining() > 0; i++) {
            if (r.u8("pad") != 0) {
                throw new PldmFormatException(padAt + i, "pad", "pad bytes are 0");
            }
        }
        return new FruRecordTable(records);
    }

    /** Parses records back to back with no pad and no CRC (one record set, or a table already checked). */
    public static FruRecordTable decodeRecords(Bytes records) {
        WireReader r = new WireReader(records);
        List<FruRecord> out = new ArrayList<>();
        while (r.remaining() > 0) {
            out.add(record(r, out.size()));
        }
        return new FruRecordTable(out);
    }

    private static FruRecord record(WireReader r, int index) {
        String name = "FRU record " + index;
        int setId = r.u16(name + " record set identifier");
        FruRecordType type = new FruRecordType(r.u8(name + " record type"));
        int count = r.u8(name + " number of fields");
        FruEncoding encoding = new FruEncoding(r.u8(name + " encoding type"));
        List<FruField> fields = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            FruFieldType fieldType = new FruFieldType(r.u8(name + " field " + i + " type"));
            int length = r.u8(name + " field " + i + " length");
            fields.add(new FruField(fieldType, r.bytes(length, name + " field " + i + " value")));
        }
        return new FruRecord(setId, type, encoding, fields);
    }
}
