package org.bmcplatform.mctp.binding;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe drop counters, one per {@link DropReason}. */
public final class DropCounters {
    private final EnumMap<DropReason, LongAdder> counters = new EnumMap<>(DropReason.class);

    public DropCounters() {
        for (DropReason r : DropReason.values()) {
            counters.put(r, new LongAdder());
        }
    }

    public void count(DropReason reason) {
        counters.get(reason).increment();
    }

    public long get(DropReason reason) {
        return counters.get(reason).sum();
    }

    public long total() {
        long t = 0;
        for (LongAdder a : counters.values()) {
            t += a.sum();
        }
        return t;
    }

    /** The non-zero counters, in enum order. */
    public Map<DropReason, Long> snapshot() {
        EnumMap<DropReason, Long> m = new EnumMap<>(DropReason.class);
        counters.forEach((r, a) -> {
            long v = a.sum();
            if (v != 0) {
                m.put(r, v);
            }
        });
        return Collections.unmodifiableMap(m);
    }

    /** Adds another set of counters into a fresh snapshot. */
    public static Map<DropReason, Long> sum(DropCounters... sets) {
        EnumMap<DropReason, Long> m = new EnumMap<>(DropReason.class);
        for (DropCounters s : sets) {
            s.snapshot().forEach((r, v) -> m.merge(r, v, Long::sum));
        }
        return Collections.unmodifiableMap(m);
    }

    @Override
    public String toString() {
        return snapshot().toString();
    }
}
