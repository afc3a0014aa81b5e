package org.bmcplatform.profiles.pldm;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One FRU record (DSP0257 Table "FRU record format"): FRU record set identifier u16, record type u8,
 * number of fields u8 (implicit: the size of {@code fields}, at most 255), encoding type u8, then the
 * fields. Several records may share a record set identifier; the FRU Record Set PDR ties the
 * identifier to an entity.
 */
public record FruRecord(int recordSetId, FruRecordType type, FruEncoding encoding, List<FruField> fields) {
    public FruRecord {
        WireRange.unsigned(recordSetId, 16, "FRU record set identifier");
        WireRange.required(type, "record type");
        WireRange.required(encoding, "encoding type");
        fields = List.copyOf(WireRange.required(fields, "fields"));
        WireRange.unsigned(fields.size(), 8, "number of FRU fields");
    }

    /** The first field of {@code type}. */
    public Optional<FruField> field(FruFieldType type) {
        return fields.stream().filter(f -> f.type().equals(type)).findFirst();
    }

    /** The first string field of {@code type} of a General record, in the record's encoding. */
    public Optional<String> text(FruFieldType type) {
        if (!this.type.equals(FruRecordType.GENERAL) || !type.isText()) {
            return Optional.empty();
        }
        return field(type).map(f -> f.text(encoding));
    }

    /** The manufacture date of a General record, when present and 13 bytes long. */
    public Optional<Timestamp104> manufactureDate() {
        return field(FruFieldType.MANUFACTURE_DATE).filter(f -> type.equals(FruRecordType.GENERAL))
                .filter(f -> f.value().length() == Timestamp104.LENGTH).map(FruField::timestamp);
    }

    /** The vendor IANA enterprise number of a General record, when present and exactly 4 bytes. */
    public OptionalLong vendorIana() {
        Optional<FruField> f = field(FruFieldType.VENDOR_IANA).filter(x -> type.equals(FruRecordType.GENERAL))
                .filter(x -> x.value().length() == 4);
        return f.isPresent() ? OptionalLong.of(f.get().iana()) : OptionalLong.empty();
    }
}
