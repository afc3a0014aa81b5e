package org.bmcplatform.profiles.ncsi;

import java.util.Map;

/**
 * Link Status bits 4:1, speed and duplex (DSP0222 "Link Status field bit definitions"). 0x0..0x8
 * are the NC-SI 1.0 values, confirmed by the Linux, Meta and Wireshark decoders. 0x9..0xE are the
 * NC-SI 1.1+ speeds as the project's reference digest maps them (20, 25, 40, 50, 100 and 2.5 Gb/s;
 * marked unverified there); 0xF is left unnamed and labelled {@code unknown(0x0f)}. Every code
 * round-trips.
 */
public record SpeedDuplex(int code) {
    public static final SpeedDuplex NO_LINK = new SpeedDuplex(0x0);
    public static final SpeedDuplex BASE_T_10_HALF = new SpeedDuplex(0x1);
    public static final SpeedDuplex BASE_T_10_FULL = new SpeedDuplex(0x2);
    public static final SpeedDuplex BASE_TX_100_HALF = new SpeedDuplex(0x3);
    public static final SpeedDuplex BASE_T4_100 = new SpeedDuplex(0x4);
    public static final SpeedDuplex BASE_TX_100_FULL = new SpeedDuplex(0x5);
    public static final SpeedDuplex BASE_T_1000_HALF = new SpeedDuplex(0x6);
    public static final SpeedDuplex BASE_T_1000_FULL = new SpeedDuplex(0x7);
    public static final SpeedDuplex BASE_T_10G = new SpeedDuplex(0x8);
    public static final SpeedDuplex GBPS_20 = new SpeedDuplex(0x9);
    public static final SpeedDuplex GBPS_25 = new SpeedDuplex(0xA);
    public static final SpeedDuplex GBPS_40 = new SpeedDuplex(0xB);
    public static final SpeedDuplex GBPS_50 = new SpeedDuplex(0xC);
    public static final SpeedDuplex GBPS_100 = new SpeedDuplex(0xD);
    public static final SpeedDuplex GBPS_2_5 = new SpeedDuplex(0xE);

    private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(0x0, "autonegotiation not complete / no link"),
            Map.entry(0x1, "10BASE-T half duplex"), Map.entry(0x2, "10BASE-T full duplex"),
            Map.entry(0x3, "100BASE-TX half duplex"), Map.entry(0x4, "100BASE-T4"),
            Map.entry(0x5, "100BASE-TX full duplex"), Map.entry(0x6, "1000BASE-T half duplex"),
            Map.entry(0x7, "1000BASE-T full duplex"), Map.entry(0x8, "10G-BASE-T"), Map.entry(0x9, "20 Gb/s"),
            Map.entry(0xA, "25 Gb/s"), Map.entry(0xB, "40 Gb/s"), Map.entry(0xC, "50 Gb/s"), Map.entry(0xD, "100 Gb/s"),
            Map.entry(0xE, "2.5 Gb/s"));
    private static final long[] MBPS = {0, 10, 10, 100, 100, 100, 1000, 1000, 10_000, 20_000, 25_000, 40_000, 50_000,
        100_000, 2_500};

    public SpeedDuplex {
        WireRange.unsigned(code, 4, "speed/duplex");
    }

    public static SpeedDuplex of(int code) {
        return new SpeedDuplex(code);
    }

    public boolean isNamed() {
        return NAMES.containsKey(code);
    }

    /** The speed in Mb/s, 0 for no link or an unnamed code. */
    public long megabitsPerSecond() {
        return code < MBPS.length ? MBPS[code] : 0;
    }

    /** {@code 1000BASE-T full duplex (0x07)} or {@code unknown(0x0f)}. */
    public String label() {
        return WireRange.label(NAMES, code, 2);
    }

    @Override
    public String toString() {
        return label();
    }
}
