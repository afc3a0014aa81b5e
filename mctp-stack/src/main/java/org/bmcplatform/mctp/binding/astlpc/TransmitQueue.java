package org.bmcplatform.mctp.binding.astlpc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;

/**
 * The packets waiting for the transmit buffer, in call order, and the one in flight (written, Tx Begin
 * sent, Rx Complete awaited). Not thread-safe: used under the binding's lock. Completions are returned
 * as actions for the caller to run after releasing the lock.
 */
final class TransmitQueue {
    /** A packet and the stage its sender holds. */
    record Pending(Bytes packet, CompletableFuture<Void> done) {
    }

    private final int limit;
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private Pending inFlight;

    TransmitQueue(int limit) {
        this.limit = limit;
    }

    /** Queues a packet; false when the queue is full. */
    boolean offer(Bytes packet, CompletableFuture<Void> done) {
        if (waiting.size() >= limit) {
            return false;
        }
        waiting.add(new Pending(packet, done));
        return true;
    }

    boolean canStart() {
        return inFlight == null && !waiting.isEmpty();
    }

    /** Takes the next packet, which is in flight from now on. */
    Pending start() {
        inFlight = waiting.poll();
        return inFlight;
    }

    /** The packet in flight was taken back by the peer (Rx Complete). */
    Runnable completeInFlight() {
        Pending p = inFlight;
        inFlight = null;
        return p == null ? () -> { } : () -> p.done().complete(null);
    }

    /** The packet in flight is lost (channel re-initialised). */
    Runnable failInFlight(MctpException.Reason reason, String why) {
        Pending p = inFlight;
        inFlight = null;
        return p == null ? () -> { } : () -> p.done().completeExceptionally(new MctpException(reason, why));
    }

    /** Fails the packet in flight and every waiting one. */
    List<Runnable> failAll(MctpException.Reason reason, String why) {
        List<Runnable> out = new ArrayList<>();
        out.add(failInFlight(reason, why));
        for (Pending p : waiting) {
            out.add(() -> p.done().completeExceptionally(new MctpException(reason, why)));
        }
        waiting.clear();
        return out;
    }
}
