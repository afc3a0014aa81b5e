package org.bmcplatform.profiles.pldm;

/**
 * rangeFieldFormat (DSP0248 Table 78 "Numeric Sensor PDR format"): the format of the nine range
 * fields (nominalValue .. fatalLow): the six integer sizes of {@link SensorDataSize} or real32.
 * Values are carried as {@code double}, which holds every integer and real32 value exactly.
 */
public enum RangeFieldFormat {
    UINT8(0), SINT8(1), UINT16(2), SINT16(3), UINT32(4), SINT32(5), REAL32(6);

    private final int code;

    RangeFieldFormat(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static RangeFieldFormat ofCode(int code) {
        for (RangeFieldFormat f : values()) {
            if (f.code == code) {
                return f;
            }
        }
        throw new IllegalArgumentException("rangeFieldFormat " + code + " is not defined (0..6)");
    }

    /** The integer size, or null for real32. */
    SensorDataSize integerSize() {
        return this == REAL32 ? null : SensorDataSize.ofCode(code);
    }

    void check(double value, String field) {
        if (this == REAL32) {
            if (!Double.isNaN(value) && (double) (float) value != value) {
                throw new IllegalArgumentException(field + " is real32; " + value + " is not a float value");
            }
            return;
        }
        if (value != Math.rint(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " is " + name().toLowerCase() + ", was " + value);
        }
        integerSize().check((long) value, field);
    }

    static RangeFieldFormat read(WireReader r, String field) {
        int at = r.offset();
        int code = r.u8(field);
        if (code > 6) {
            throw new PldmFormatException(at, field, "rangeFieldFormat " + code + " is not defined (0..6)");
        }
        return ofCode(code);
    }

    double readValue(WireReader r, String field) {
        return this == REAL32 ? r.real32(field) : integerSize().readValue(r, field);
    }

    void writeValue(WireWriter w, double value) {
        if (this == REAL32) {
            w.real32((float) value);
        } else {
            integerSize().writeValue(w, (long) value);
        }
    }
}
