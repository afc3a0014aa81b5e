package org.bmcplatform.profiles.pldm;

import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.checksum.Crc8Smbus;

/**
 * Lays out and parses PDRs (DSP0248 §28): the 10-byte common header (Table 75: recordHandle u32,
 * PDRHeaderVersion u8, PDRType u8, recordChangeNumber u16, dataLength u16) and the body of Numeric
 * Sensor, State Sensor, Entity Association and FRU Record Set PDRs; other types keep their body as
 * bytes. PDR type and dataLength are computed here, never passed in.
 *
 * <p>Stateless. Malformed input raises {@link PldmFormatException} (offset from the record's first
 * byte, and field), nothing else.
 */
public final class PdrCodec {
    private PdrCodec() {
    }

    public static Bytes encode(Pdr pdr) {
        WireWriter body = new WireWriter();
        if (pdr instanceof NumericSensorPdr p) {
            p.writeBody(body);
        } else if (pdr instanceof StateSensorPdr p) {
            p.writeBody(body);
        } else if (pdr instanceof EntityAssociationPdr p) {
            p.writeBody(body);
        } else if (pdr instanceof FruRecordSetPdr p) {
            p.writeBody(body);
        } else {
            body.bytes(((OtherPdr) pdr).body());
        }
        if (body.length() > 0xFFFF) {
            throw new IllegalArgumentException("a PDR body is at most 65535 bytes, was " + body.length());
        }
        PdrHeader h = pdr.header();
        WireWriter w = new WireWriter().u32(h.recordHandle()).u8(h.version()).u8(pdr.type().code())
                .u16(h.recordChangeNumber()).u16(body.length());
        return w.toBytes().concat(body.toBytes());
    }

    /** Decodes one whole record; dataLength must match the bytes after the header exactly. */
    public static Pdr decode(Bytes record) {
        WireReader r = new WireReader(record);
        long handle = r.u32("recordHandle");
        int version = r.u8("PDRHeaderVersion");
        PdrType type = new PdrType(r.u8("PDRType"));
        int change = r.u16("recordChangeNumber");
        int lengthAt = r.offset();
        int length = r.u16("dataLength");
        if (length != r.remaining()) {
            throw new PldmFormatException(lengthAt, "dataLength", "says " + length + " body bytes but "
                    + r.remaining() + " follow the header");
        }
        PdrHeader header = new PdrHeader(handle, version, change);
        Pdr pdr;
        try {
            if (type.equals(PdrType.NUMERIC_SENSOR)) {
                pdr = NumericSensorPdr.readBody(header, r);
            } else if (type.equals(PdrType.STATE_SENSOR)) {
                pdr = StateSensorPdr.readBody(header, r);
            } else if (type.equals(PdrType.ENTITY_ASSOCIATION)) {
                pdr = EntityAssociationPdr.readBody(header, r);
            } else if (type.equals(PdrType.FRU_RECORD_SET)) {
                pdr = FruRecordSetPdr.readBody(header, r);
            } else {
                return new OtherPdr(header, type, r.rest());
            }
        } catch (IllegalArgumentException e) {
            throw new PldmFormatException(r.offset(), type.label() + " PDR", e.getMessage());
        }
        r.end(type.label() + " PDR body");
        return pdr;
    }

    /** The transferCRC of a record sent in parts: CRC-8 (x^8+x^2+x+1, libpldm {@code pldm_edac_crc8}) of the whole record. */
    public static int transferCrc(Bytes record) {
        return Crc8Smbus.compute(record);
    }
}
