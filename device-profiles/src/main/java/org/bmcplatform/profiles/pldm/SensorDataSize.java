package org.bmcplatform.profiles.pldm;

/**
 * sensorDataSize (DSP0248 Table 78 "Numeric Sensor PDR format" and Table "GetSensorReading command
 * format"): the width and signedness of a reading, and of the hysteresis, maxReadable and
 * minReadable PDR fields. Codes above 5 are not defined; a message carrying one cannot be laid out
 * and is rejected.
 */
public enum SensorDataSize {
    UINT8(0, 1, false), SINT8(1, 1, true), UINT16(2, 2, false), SINT16(3, 2, true), UINT32(4, 4, false), SINT32(5, 4, true);

    private final int code;
    private final int width;
    private final boolean signed;

    SensorDataSize(int code, int width, boolean signed) {
        this.code = code;
        this.width = width;
        this.signed = signed;
    }

    public int code() {
        return code;
    }

    /** Bytes on the wire. */
    public int width() {
        return width;
    }

    public boolean signed() {
        return signed;
    }

    public long min() {
        return signed ? -(1L << (8 * width - 1)) : 0;
    }

    public long max() {
        return signed ? (1L << (8 * width - 1)) - 1 : (1L << (8 * width)) - 1;
    }

    public static SensorDataSize ofCode(int code) {
        for (SensorDataSize s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("sensorDataSize " + code + " is not defined (0..5)");
    }

    void check(long value, String field) {
        if (value < min() || value > max()) {
            throw new IllegalArgumentException(field + " is " + name().toLowerCase() + " (" + min() + ".." + max() + "), was " + value);
        }
    }

    static SensorDataSize read(WireReader r, String field) {
        int at = r.offset();
        int code = r.u8(field);
        if (code > 5) {
            throw new PldmFormatException(at, field, "sensorDataSize " + code + " is not defined (0..5)");
        }
        return ofCode(code);
    }

    /** A value of this size, sign-extended where signed. */
    long readValue(WireReader r, String field) {
        switch (width) {
            case 1:
                return signed ? r.s8(field) : r.u8(field);
            case 2:
                return signed ? r.s16(field) : r.u16(field);
            default:
                return signed ? r.s32(field) : r.u32(field);
        }
    }

    void writeValue(WireWriter w, long value) {
        switch (width) {
            case 1:
                w.u8((int) value);
                break;
            case 2:
                w.u16((int) value);
                break;
            default:
                w.u32(value);
                break;
        }
    }
}
