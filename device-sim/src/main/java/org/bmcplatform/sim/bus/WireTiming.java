package org.bmcplatform.sim.bus;

import java.time.Duration;

/**
 * Wire time of one SMBus transaction (perf-reliability.md §A.1.1, derived from the SMBus 3.x / I2C
 * UM10204 timing tables):
 *
 * <pre>
 *   t(N bytes) = N × 9 / f_SCL  +  tHD;STA + tSU;STO + tBUF
 * </pre>
 *
 * <p>Each byte costs 9 SCL periods (8 data bits + ACK/NACK). The per-transaction framing is the START
 * hold time, the STOP setup time and the bus-free time between STOP and the next START, at their
 * specified minimums: 4.0 + 4.0 + 4.7 = 12.7 µs at 100 kHz, 0.6 + 0.6 + 1.3 = 2.5 µs at 400 kHz,
 * 0.26 + 0.26 + 0.5 = 1.02 µs at 1 MHz (Fm+). N counts every byte on the wire: for an MCTP packet of
 * P bytes (header included) the DSP0237 block write is address, command 0x0F, byte count, source
 * address, packet, PEC, so N = P + 5 (= message bytes + 9).
 *
 * <p>A block read (SMBus 3.x §6.5.7) turns the bus round with a repeated START between the command code and
 * the read address: one more tSU;STA + tHD;STA (4.7 + 4.0 = 8.7 µs at 100 kHz, 0.6 + 0.6 = 1.2 µs at
 * 400 kHz, 0.26 + 0.26 = 0.52 µs at 1 MHz), and N = address+W, command, address+R, byte count, data, PEC.
 */
public record WireTiming(int clockHz, long framingNanos, long repeatedStartNanos) {

    /** Standard mode. */
    public static final WireTiming STANDARD_100K = new WireTiming(100_000, 12_700, 8_700);
    /** Fast mode. */
    public static final WireTiming FAST_400K = new WireTiming(400_000, 2_500, 1_200);
    /** Fast mode plus. */
    public static final WireTiming FAST_PLUS_1M = new WireTiming(1_000_000, 1_020, 520);

    /** SCL periods per byte: 8 data bits and the acknowledge bit. */
    public static final int CLOCKS_PER_BYTE = 9;

    public WireTiming {
        if (clockHz <= 0) {
            throw new IllegalArgumentException("clock must be positive, was " + clockHz + " Hz");
        }
        if (framingNanos < 0 || repeatedStartNanos < 0) {
            throw new IllegalArgumentException("framing and repeated-start times must not be negative, were "
                    + framingNanos + " and " + repeatedStartNanos + " ns");
        }
    }

    /** The timing of a standard SMBus clock: 100, 400 or 1000 kHz. */
    public static WireTiming forClock(int clockHz) {
        switch (clockHz) {
            case 100_000:
                return STANDARD_100K;
            case 400_000:
                return FAST_400K;
            case 1_000_000:
                return FAST_PLUS_1M;
            default:
                throw new IllegalArgumentException("SMBus clock must be 100000, 400000 or 1000000 Hz, was " + clockHz);
        }
    }

    /** Time of one byte on the wire (9 SCL periods), in nanoseconds. */
    public long byteNanos() {
        return CLOCKS_PER_BYTE * 1_000_000_000L / clockHz;
    }

    /** Wire time of a transaction carrying {@code bytes} bytes, framing included, in nanoseconds. */
    public long transactionNanos(int bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("byte count must not be negative, was " + bytes);
        }
        return bytes * (long) CLOCKS_PER_BYTE * 1_000_000_000L / clockHz + framingNanos;
    }

    /** {@link #transactionNanos(int)} as a Duration. */
    public Duration transaction(int bytes) {
        return Duration.ofNanos(transactionNanos(bytes));
    }

    /** A transaction whose address byte is not acknowledged: START, the address byte, STOP, bus free. */
    public long nackNanos() {
        return transactionNanos(1);
    }

    /** Wire time of an MCTP message of {@code messageBytes} (type byte first) sent in one packet. */
    public long singlePacketMessageNanos(int messageBytes) {
        return transactionNanos(messageBytes + 9);
    }

    /**
     * Wire time of an acknowledged SMBus block read of {@code dataBytes} data bytes: address+W, command code,
     * repeated START, address+R, byte count, the data, and the PEC when the master reads it.
     */
    public long blockReadNanos(int dataBytes, boolean pec) {
        if (dataBytes < 0) {
            throw new IllegalArgumentException("data byte count must not be negative, was " + dataBytes);
        }
        return transactionNanos(4 + dataBytes + (pec ? 1 : 0)) + repeatedStartNanos;
    }

    /** A block read whose command code is not acknowledged: the address and command bytes, STOP, bus free. */
    public long commandNackNanos() {
        return transactionNanos(2);
    }
}
