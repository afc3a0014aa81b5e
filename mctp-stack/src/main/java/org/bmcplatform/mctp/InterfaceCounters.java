package org.bmcplatform.mctp;

import java.util.concurrent.atomic.LongAdder;

/** Packets and messages through one {@link MctpInterface}, in and out. Thread-safe. */
public final class InterfaceCounters {
    private final LongAdder packetsIn = new LongAdder();
    private final LongAdder packetsOut = new LongAdder();
    private final LongAdder messagesIn = new LongAdder();
    private final LongAdder messagesOut = new LongAdder();
    private final LongAdder tapFailures = new LongAdder();

    /** Packets received from the binding, before any check. */
    public long packetsIn() {
        return packetsIn.sum();
    }

    /** Packets the binding accepted for transmission. */
    public long packetsOut() {
        return packetsOut.sum();
    }

    /** Whole messages reassembled. */
    public long messagesIn() {
        return messagesIn.sum();
    }

    /** Whole messages transmitted (every packet accepted by the binding). */
    public long messagesOut() {
        return messagesOut.sum();
    }

    /** Packet taps that threw and were removed from the interface. */
    public long tapFailures() {
        return tapFailures.sum();
    }

    void packetIn() {
        packetsIn.increment();
    }

    void packetOut() {
        packetsOut.increment();
    }

    void messageIn() {
        messagesIn.increment();
    }

    void messageOut() {
        messagesOut.increment();
    }

    void tapFailure() {
        tapFailures.increment();
    }

    @Override
    public String toString() {
        return "packetsIn=" + packetsIn() + " packetsOut=" + packetsOut() + " messagesIn=" + messagesIn()
                + " messagesOut=" + messagesOut();
    }
}
