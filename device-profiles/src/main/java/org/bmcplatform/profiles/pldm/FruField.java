package org.bmcplatform.profiles.pldm;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import org.bmcplatform.mctp.Bytes;

/**
 * One field of a FRU record (DSP0257 Table "FRU record format"): type u8, length u8 (implicit: the
 * value's length, at most 255), value. How to read the value depends on the record type and the
 * field type: {@link #text}, {@link #timestamp}, {@link #iana}.
 */
public record FruField(FruFieldType type, Bytes value) {
    public static final int MAX_LENGTH = 255;

    public FruField {
        WireRange.required(type, "field type");
        if (WireRange.required(value, "field value").length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a FRU field value is at most 255 bytes, was " + value.length());
        }
    }

    /** A string field in {@code encoding}; characters the encoding cannot carry are rejected. */
    public static FruField text(FruFieldType type, String text, FruEncoding encoding) {
        CharsetEncoder encoder = encoding.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer b = encoder.encode(CharBuffer.wrap(text));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return new FruField(type, Bytes.wrap(out));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("\"" + text + "\" cannot be written in " + encoding, e);
        }
    }

    /** A manufacture date field (type 6). */
    public static FruField manufactureDate(Timestamp104 date) {
        return new FruField(FruFieldType.MANUFACTURE_DATE, date.toBytes());
    }

    /** A vendor IANA field (type 15): the enterprise number as a little-endian uint32. */
    public static FruField vendorIana(long enterpriseNumber) {
        WireRange.unsigned(enterpriseNumber, 32, "vendor IANA");
        return new FruField(FruFieldType.VENDOR_IANA, new WireWriter().u32(enterpriseNumber).toBytes());
    }

    /** The value as a string in {@code encoding} (malformed bytes become U+FFFD). */
    public String text(FruEncoding encoding) {
        return new String(value.toArray(), encoding.charset());
    }

    /** The value as a timestamp104; the value must be 13 bytes. */
    public Timestamp104 timestamp() {
        return Timestamp104.parse(value);
    }

    /** The value as a uint32 IANA enterprise number; the value must be 4 bytes. */
    public long iana() {
        if (value.length() != 4) {
            throw new PldmFormatException(0, "vendor IANA", "is a 4-byte uint32, was " + value.length() + " bytes");
        }
        return new WireReader(value).u32("vendor IANA");
    }
}
