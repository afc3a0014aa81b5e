package org.bmcplatform.profiles.pldm;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Encoding type of a FRU record's string fields (DSP0257 Table "FRU record format", encoding type):
 * 0 unspecified, 1 ASCII, 2 UTF-8, 3 UTF-16 (byte order mark), 4 UTF-16LE, 5 UTF-16BE. Unknown codes
 * round-trip; their text is read byte for byte as ISO-8859-1.
 */
public record FruEncoding(int code) {
    public static final FruEncoding UNSPECIFIED = new FruEncoding(0);
    public static final FruEncoding ASCII = new FruEncoding(1);
    public static final FruEncoding UTF8 = new FruEncoding(2);
    public static final FruEncoding UTF16 = new FruEncoding(3);
    public static final FruEncoding UTF16LE = new FruEncoding(4);
    public static final FruEncoding UTF16BE = new FruEncoding(5);

    private static final Map<Integer, String> NAMES = Map.of(0, "unspecified", 1, "ASCII", 2, "UTF-8", 3, "UTF-16",
            4, "UTF-16LE", 5, "UTF-16BE");

    public FruEncoding {
        WireRange.unsigned(code, 8, "FRU encoding type");
    }

    /** The charset for string fields; unspecified and unknown encodings read bytes as ISO-8859-1. */
    public Charset charset() {
        switch (code) {
            case 1:
                return StandardCharsets.US_ASCII;
            case 2:
                return StandardCharsets.UTF_8;
            case 3:
                return StandardCharsets.UTF_16;
            case 4:
                return StandardCharsets.UTF_16LE;
            case 5:
                return StandardCharsets.UTF_16BE;
            default:
                return StandardCharsets.ISO_8859_1;
        }
    }

    public String label() {
        return WireRange.label(NAMES, code);
    }

    @Override
    public String toString() {
        return label();
    }
}
