package org.bmcplatform.mctp.control;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.Optional;
import org.bmcplatform.mctp.EndpointId;

/**
 * The bus owner's dynamic EID range (DSP0236 §8.17.6, reference mctp-stack.md §6 TRECLAIM). Allocation
 * is first-fit over EIDs never handed out; reclaimed EIDs are reused only when no unused one is left,
 * oldest reclaimed first (FIFO). EIDs taken outside the range (adopted static EIDs) are tracked as in
 * use too. Thread-safe.
 */
public final class EidPool {
    private final EndpointId first;
    private final EndpointId last;
    private final BitSet inUse = new BitSet(256);
    private final BitSet everUsed = new BitSet(256);
    private final Deque<Integer> reclaimed = new ArrayDeque<>();

    public EidPool(EndpointId first, EndpointId last) {
        if (!first.isUnicast() || !last.isUnicast() || first.value() > last.value()) {
            throw new IllegalArgumentException("dynamic EID range must be within 8..254 and first <= last, was "
                    + first + ".." + last);
        }
        this.first = first;
        this.last = last;
    }

    public EndpointId first() {
        return first;
    }

    public EndpointId last() {
        return last;
    }

    public boolean contains(EndpointId eid) {
        return eid.value() >= first.value() && eid.value() <= last.value();
    }

    /** Takes the lowest never-used free EID, else the oldest reclaimed one; empty when the range is full. */
    public synchronized Optional<EndpointId> allocate() {
        for (int e = first.value(); e <= last.value(); e++) {
            if (!everUsed.get(e) && !inUse.get(e)) {
                take(e);
                return Optional.of(EndpointId.of(e));
            }
        }
        while (!reclaimed.isEmpty()) {
            int e = reclaimed.pollFirst();
            if (!inUse.get(e)) {
                take(e);
                return Optional.of(EndpointId.of(e));
            }
        }
        return Optional.empty();
    }

    /** Marks an EID in use (an adopted static EID or one a device chose); false if it already was. */
    public synchronized boolean reserve(EndpointId eid) {
        if (!eid.isUnicast()) {
            throw new IllegalArgumentException("only unicast EIDs (8..254) can be reserved, was " + eid);
        }
        if (inUse.get(eid.value())) {
            return false;
        }
        take(eid.value());
        reclaimed.remove(eid.value());
        return true;
    }

    /** Returns an EID; one from the range joins the back of the reclaimed queue. */
    public synchronized void release(EndpointId eid) {
        if (!inUse.get(eid.value())) {
            return;
        }
        inUse.clear(eid.value());
        if (contains(eid)) {
            reclaimed.addLast(eid.value());
        }
    }

    public synchronized boolean isInUse(EndpointId eid) {
        return inUse.get(eid.value());
    }

    /** Free EIDs left in the range. */
    public synchronized int available() {
        return (last.value() - first.value() + 1) - inUse.get(first.value(), last.value() + 1).cardinality();
    }

    private void take(int e) {
        inUse.set(e);
        everUsed.set(e);
    }
}
