package org.bmcplatform.profiles.ncsi;

import java.util.EnumMap;
import java.util.Map;

/**
 * The body of a Get Controller Packet Statistics response (DSP0222 "Get Controller Packet Statistics
 * response packet format"): the Counters Cleared From Last Read bits (MS dword then LS dword, one
 * bit per counter, kept as one 64-bit value) and every {@link PacketCounter} in the layout of
 * {@code width}. 32-bit counters are 0..2^32-1; 64-bit counters are unsigned, so values from 2^63
 * read negative as a Java long (use {@link Long#toUnsignedString(long)}).
 */
public record PacketStatistics(CounterWidth width, long countersCleared, Map<PacketCounter, Long> counters) {
    public PacketStatistics {
        WireRange.required(width, "counter width");
        WireRange.required(counters, "counters");
        for (PacketCounter c : PacketCounter.values()) {
            Long v = counters.get(c);
            if (v == null) {
                throw new IllegalArgumentException("counter " + c.label() + " is required");
            }
            if (c.size(width) == 4) {
                WireRange.unsigned(v, 32, c.label());
            }
        }
        counters = Map.copyOf(counters);
    }

    /** Every counter 0, nothing cleared. */
    public static PacketStatistics zero(CounterWidth width) {
        Map<PacketCounter, Long> m = new EnumMap<>(PacketCounter.class);
        for (PacketCounter c : PacketCounter.values()) {
            m.put(c, 0L);
        }
        return new PacketStatistics(width, 0, m);
    }

    /** The same statistics with {@code counter} set to {@code value}. */
    public PacketStatistics with(PacketCounter counter, long value) {
        Map<PacketCounter, Long> m = new EnumMap<>(counters);
        m.put(counter, value);
        return new PacketStatistics(width, countersCleared, m);
    }

    public long get(PacketCounter counter) {
        return counters.get(counter);
    }

    static PacketStatistics read(CounterWidth width, WireReader r) {
        long cleared = r.u32("counters cleared from last read (MS bits)") << 32;
        cleared |= r.u32("counters cleared from last read (LS bits)");
        Map<PacketCounter, Long> m = new EnumMap<>(PacketCounter.class);
        for (PacketCounter c : PacketCounter.values()) {
            m.put(c, c.size(width) == 8 ? r.u64(c.label()) : r.u32(c.label()));
        }
        return new PacketStatistics(width, cleared, m);
    }

    void write(WireWriter w) {
        w.u32(countersCleared >>> 32).u32(countersCleared & 0xFFFF_FFFFL);
        for (PacketCounter c : PacketCounter.values()) {
            if (c.size(width) == 8) {
                w.u64(counters.get(c));
            } else {
                w.u32(counters.get(c));
            }
        }
    }
}
