package org.bmcplatform.sim.bus;

/**
 * A snapshot of a segment's counters.
 *
 * @param atNanos      the scheduler's monotonic time of the snapshot
 * @param transactions completed transactions, NACKed ones included
 * @param bytes        bytes carried by acknowledged transactions
 * @param nacks        transactions whose address nobody acknowledged
 * @param busyNanos    wire time charged so far (framing included), for utilisation
 */
public record SegmentStats(long atNanos, long transactions, long bytes, long nacks, long busyNanos) {

    /** Fraction of time the wire was busy between an earlier snapshot and this one (0..1). */
    public double utilisationSince(SegmentStats earlier) {
        long window = atNanos - earlier.atNanos;
        if (window <= 0) {
            return 0;
        }
        return Math.min(1.0, (busyNanos - earlier.busyNanos) / (double) window);
    }

    /** The counters accumulated between an earlier snapshot and this one. */
    public SegmentStats minus(SegmentStats earlier) {
        return new SegmentStats(atNanos - earlier.atNanos, transactions - earlier.transactions,
                bytes - earlier.bytes, nacks - earlier.nacks, busyNanos - earlier.busyNanos);
    }
}
