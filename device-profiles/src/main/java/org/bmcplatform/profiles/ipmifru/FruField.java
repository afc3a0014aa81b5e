package org.bmcplatform.profiles.ipmifru;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bmcplatform.mctp.Bytes;

/**
 * One type/length-prefixed field (FRU spec §13): the type from bits 7:6 and up to 63 data bytes
 * kept as stored, so parse and build round-trip exactly. {@link #text()} interprets the bytes.
 * TEXT is 8-bit ASCII + Latin-1 (the English language codes 0 and 25; other languages' 16-bit
 * Unicode text is read as Latin-1 too).
 */
public record FruField(FieldType type, Bytes data) {
    public static final int MAX_LENGTH = 63;
    public static final FruField EMPTY = new FruField(FieldType.TEXT, Bytes.EMPTY);
    private static final String BCD_PLUS = "0123456789 -.???";

    public FruField {
        if (type == null || data == null) {
            throw new IllegalArgumentException("type and data are required");
        }
        if (data.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a field holds at most " + MAX_LENGTH + " bytes, was " + data.length());
        }
        if (type == FieldType.TEXT && data.length() == 1) {
            throw new IllegalArgumentException("type/length 0xC1 is the end-of-fields marker; a one-byte text field cannot be stored");
        }
    }

    /** 8-bit ASCII/Latin-1 text. */
    public static FruField text(String s) {
        return new FruField(FieldType.TEXT, Bytes.wrap(s.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** BCD plus (§13.1): digits, space, dash and period, two per byte, high nibble first. */
    public static FruField bcdPlus(String s) {
        byte[] b = new byte[(s.length() + 1) / 2];
        for (int i = 0; i < s.length(); i++) {
            int nibble = BCD_PLUS.indexOf(s.charAt(i));
            if (nibble < 0 || nibble > 0xC) {
                throw new IllegalArgumentException("'" + s.charAt(i) + "' has no BCD plus code");
            }
            b[i / 2] |= (byte) (i % 2 == 0 ? nibble << 4 : nibble);
        }
        if (s.length() % 2 != 0) {
            b[b.length - 1] |= 0x0A; // pad with a space
        }
        return new FruField(FieldType.BCD_PLUS, Bytes.wrap(b));
    }

    /** 6-bit packed ASCII (§13.2): characters 0x20..0x5F, four per three bytes, least significant bits first. */
    public static FruField sixBitAscii(String s) {
        int bits = s.length() * 6;
        byte[] b = new byte[(bits + 7) / 8];
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i) - 0x20;
            if (c < 0 || c > 0x3F) {
                throw new IllegalArgumentException("'" + s.charAt(i) + "' is not in 6-bit ASCII (0x20..0x5f)");
            }
            int bit = i * 6;
            b[bit / 8] |= (byte) (c << (bit % 8));
            if (bit % 8 > 2) {
                b[bit / 8 + 1] |= (byte) (c >>> (8 - bit % 8));
            }
        }
        return new FruField(FieldType.SIX_BIT_ASCII, Bytes.wrap(b));
    }

    public static FruField binary(Bytes data) {
        return new FruField(FieldType.BINARY, data);
    }

    /** The type/length byte. */
    public int typeLength() {
        return type.code() << 6 | data.length();
    }

    /** The content as text: hex for binary, decoded characters otherwise. */
    public String text() {
        switch (type) {
            case BINARY:
                return HexFormat.of().formatHex(data.toArray());
            case BCD_PLUS: {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < data.length(); i++) {
                    sb.append(BCD_PLUS.charAt(data.get(i) >>> 4)).append(BCD_PLUS.charAt(data.get(i) & 0xF));
                }
                return sb.toString();
            }
            case SIX_BIT_ASCII: {
                StringBuilder sb = new StringBuilder();
                int chars = data.length() * 8 / 6;
                for (int i = 0; i < chars; i++) {
                    int bit = i * 6;
                    int v = data.get(bit / 8) >>> (bit % 8);
                    if (bit % 8 > 2) {
                        v |= data.get(bit / 8 + 1) << (8 - bit % 8);
                    }
                    sb.append((char) (0x20 + (v & 0x3F)));
                }
                return sb.toString();
            }
            default:
                return new String(data.toArray(), StandardCharsets.ISO_8859_1);
        }
    }

    /** {@link #text()} without trailing spaces and NULs, as asset values are shown. */
    public String trimmed() {
        String s = text();
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return s.substring(0, end);
    }
}
