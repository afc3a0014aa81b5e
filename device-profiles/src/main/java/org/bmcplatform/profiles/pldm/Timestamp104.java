package org.bmcplatform.profiles.pldm;

import org.bmcplatform.mctp.Bytes;

/**
 * DSP0240 "timestamp104", 13 bytes: UTC offset sint16 (minutes), microsecond uint24, second, minute,
 * hour, day, month (uint8 each), year uint16, then UTC resolution (bits 7:4) and time resolution
 * (bits 3:0). The FRU manufacture date field (type 6) holds one. Ranges are checked by field width
 * only, so any value a device sends round-trips.
 */
public record Timestamp104(int utcOffsetMinutes, int microsecond, int second, int minute, int hour, int day, int month,
        int year, int utcResolution, int timeResolution) {
    public static final int LENGTH = 13;

    public Timestamp104 {
        WireRange.signed(utcOffsetMinutes, 16, "UTC offset");
        WireRange.unsigned(microsecond, 24, "microsecond");
        WireRange.unsigned(second, 8, "second");
        WireRange.unsigned(minute, 8, "minute");
        WireRange.unsigned(hour, 8, "hour");
        WireRange.unsigned(day, 8, "day");
        WireRange.unsigned(month, 8, "month");
        WireRange.unsigned(year, 16, "year");
        WireRange.unsigned(utcResolution, 4, "UTC resolution");
        WireRange.unsigned(timeResolution, 4, "time resolution");
    }

    public Bytes toBytes() {
        return new WireWriter().u16(utcOffsetMinutes).u8(microsecond).u8(microsecond >>> 8).u8(microsecond >>> 16)
                .u8(second).u8(minute).u8(hour).u8(day).u8(month).u16(year).u8(utcResolution << 4 | timeResolution)
                .toBytes();
    }

    /** Parses exactly 13 bytes. */
    public static Timestamp104 parse(Bytes b) {
        if (b.length() != LENGTH) {
            throw new PldmFormatException(0, "timestamp104", "is 13 bytes, was " + b.length());
        }
        WireReader r = new WireReader(b);
        int offset = r.s16("UTC offset");
        int micro = r.u8("microsecond") | r.u8("microsecond") << 8 | r.u8("microsecond") << 16;
        int second = r.u8("second");
        int minute = r.u8("minute");
        int hour = r.u8("hour");
        int day = r.u8("day");
        int month = r.u8("month");
        int year = r.u16("year");
        int res = r.u8("UTC and time resolution");
        return new Timestamp104(offset, micro, second, minute, hour, day, month, year, res >>> 4, res & 0xF);
    }

    /** {@code 2024-03-05 14:07:09.000123 +60 min}. */
    @Override
    public String toString() {
        return String.format("%04d-%02d-%02d %02d:%02d:%02d.%06d %+d min", year, month, day, hour, minute, second,
                microsecond, utcOffsetMinutes);
    }
}
