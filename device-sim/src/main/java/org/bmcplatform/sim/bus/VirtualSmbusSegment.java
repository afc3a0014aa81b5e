package org.bmcplatform.sim.bus;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.binding.smbus.SmbusPort;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * One SMBus segment: every attached device is a target at its 7-bit address and becomes bus master
 * to write (DSP0237 §6: each MCTP packet is one block write). The wire carries one transaction at a
 * time; writes wait in a FIFO queue and each is charged its {@link WireTiming} wire time. At the end
 * of a transaction the frame is delivered to the port at the destination address ({@code frame[0] >> 1})
 * and the write completes. An address nobody answers (no port, or a port not receiving) is NACKed:
 * the write fails with {@link MctpException.Reason#TRANSMIT_FAILED} after the address byte time.
 *
 * <p>Times come from the scheduler: virtual in tests, real in the app. A transaction starts when the
 * previous one ended on the wire's own timeline ({@code max(arrival, freeAt)}), not when the timer that
 * ended it fired, so timer lateness does not accumulate along a queue.
 */
public final class VirtualSmbusSegment implements AutoCloseable {
    private final String name;
    private final WireTiming timing;
    private final Scheduler scheduler;
    private final Object lock = new Object();
    private final Map<Integer, SegmentPort> ports = new HashMap<>();
    private final ArrayDeque<PendingWrite> queue = new ArrayDeque<>();
    private boolean busy;
    private boolean closed;
    private long freeAtNanos = Long.MIN_VALUE;
    private long transactions;
    private long bytes;
    private long nacks;
    private long busyNanos;
    private long deliveryFailures;

    public VirtualSmbusSegment(String name, int clockHz, Scheduler scheduler) {
        this.name = Objects.requireNonNull(name, "name");
        this.timing = WireTiming.forClock(clockHz);
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    public String name() {
        return name;
    }

    public int clockHz() {
        return timing.clockHz();
    }

    public WireTiming timing() {
        return timing;
    }

    /**
     * Attaches a device at a 7-bit address.
     *
     * @throws IllegalArgumentException when the address is not 7-bit
     * @throws IllegalStateException    when another port holds the address or the segment is closed
     */
    public SmbusPort attach(int address7) {
        if (address7 < 0 || address7 > 0x7F) {
            throw new IllegalArgumentException(String.format("%s: SMBus address must be 7-bit (0x00..0x7f), was 0x%x", name, address7));
        }
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException(name + " is closed");
            }
            if (ports.containsKey(address7)) {
                throw new IllegalStateException(String.format("%s: address 0x%02x is already attached", name, address7));
            }
            SegmentPort port = new SegmentPort(address7);
            ports.put(address7, port);
            return port;
        }
    }

    /** Whether a port is attached at the address (it acknowledges once it is receiving). */
    public boolean isAttached(int address7) {
        synchronized (lock) {
            return ports.containsKey(address7);
        }
    }

    /** The attached addresses, ascending. */
    public List<Integer> attachedAddresses() {
        synchronized (lock) {
            List<Integer> list = new ArrayList<>(ports.keySet());
            list.sort(null);
            return list;
        }
    }

    public SegmentStats stats() {
        synchronized (lock) {
            return new SegmentStats(scheduler.nanoTime(), transactions, bytes, nacks, busyNanos);
        }
    }

    /** Writes waiting for the wire (the one on the wire not included). */
    public int queued() {
        synchronized (lock) {
            return queue.size();
        }
    }

    /** Frames whose receiver threw; the frame is lost, the bus goes on. */
    public long deliveryFailures() {
        synchronized (lock) {
            return deliveryFailures;
        }
    }

    /** Detaches every port and fails queued writes with BINDING_DOWN. Idempotent. */
    @Override
    public void close() {
        List<PendingWrite> dropped;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            dropped = new ArrayList<>(queue);
            queue.clear();
            for (SegmentPort p : ports.values()) {
                p.closed = true;
            }
            ports.clear();
        }
        for (PendingWrite w : dropped) {
            w.result.completeExceptionally(new MctpException(MctpException.Reason.BINDING_DOWN, name + " is closed"));
        }
    }

    @Override
    public String toString() {
        return name + "@" + timing.clockHz() / 1000 + "kHz";
    }

    private CompletionStage<Void> enqueue(SegmentPort from, Bytes frame) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        if (frame == null || frame.isEmpty()) {
            result.completeExceptionally(new MctpException(MctpException.Reason.INVALID_ARGUMENT, name + ": empty frame"));
            return result;
        }
        boolean start;
        synchronized (lock) {
            if (closed || from.closed) {
                start = false;
                result.completeExceptionally(new MctpException(MctpException.Reason.BINDING_DOWN,
                        String.format("%s: port 0x%02x is closed", name, from.address)));
            } else {
                queue.add(new PendingWrite(from, frame, scheduler.nanoTime(), result));
                start = !busy;
                busy = busy || start;
            }
        }
        if (start) {
            startNext();
        }
        return result;
    }

    /** Puts the head of the queue on the wire; the caller has set {@code busy}. */
    private void startNext() {
        List<PendingWrite> refused = new ArrayList<>();
        synchronized (lock) {
            PendingWrite w;
            while ((w = queue.poll()) != null && w.from.closed) {
                refused.add(w);
            }
            if (w == null) {
                busy = false;
            } else {
                long now = scheduler.nanoTime();
                // on the wire's timeline: the later of the end of the previous transaction and this
                // write's arrival, whatever the lateness of the timer that ended the previous one
                long start = Math.max(w.arrivalNanos, freeAtNanos);
                int destination = w.frame.get(0) >> 1;
                SegmentPort target = ports.get(destination);
                boolean ack = target != null && target.receiver != null;
                long duration = ack ? timing.transactionNanos(w.frame.length()) : timing.nackNanos();
                freeAtNanos = start + duration;
                busyNanos += duration;
                PendingWrite onWire = w;
                SegmentPort to = ack ? target : null;
                scheduler.schedule(Duration.ofNanos(Math.max(0, freeAtNanos - now)), () -> finish(onWire, to));
            }
        }
        for (PendingWrite r : refused) {
            r.result.completeExceptionally(new MctpException(MctpException.Reason.BINDING_DOWN,
                    String.format("%s: port 0x%02x closed before its write went out", name, r.from.address)));
        }
    }

    private void finish(PendingWrite w, SegmentPort target) {
        Consumer<Bytes> receiver = null;
        synchronized (lock) {
            transactions++;
            if (target != null && !target.closed && ports.get(target.address) == target) {
                bytes += w.frame.length();
                receiver = target.receiver;
            } else {
                nacks++;
            }
        }
        // Deliver before the next transaction is put on the wire: on a multi-threaded scheduler the
        // next one's timer may already be due, and it must not overtake this frame.
        if (receiver == null) {
            startNext();
            w.result.completeExceptionally(new MctpException(MctpException.Reason.TRANSMIT_FAILED,
                    String.format("%s: address 0x%02x not acknowledged", name, w.frame.get(0) >> 1)));
            return;
        }
        try {
            receiver.accept(w.frame);
        } catch (RuntimeException e) {
            synchronized (lock) {
                deliveryFailures++;
            }
        }
        startNext();
        w.result.complete(null);
    }

    private void detach(SegmentPort port) {
        synchronized (lock) {
            port.closed = true;
            ports.remove(port.address, port);
        }
    }

    private record PendingWrite(SegmentPort from, Bytes frame, long arrivalNanos, CompletableFuture<Void> result) {
    }

    /** A device's attachment: its target address and its receiver. */
    private final class SegmentPort implements SmbusPort {
        private final int address;
        private volatile Consumer<Bytes> receiver;
        private volatile boolean closed;

        SegmentPort(int address) {
            this.address = address;
        }

        @Override
        public int address() {
            return address;
        }

        @Override
        public void start(Consumer<Bytes> frameReceiver) {
            Objects.requireNonNull(frameReceiver, "frameReceiver");
            synchronized (lock) {
                if (receiver != null) {
                    throw new IllegalStateException(String.format("%s: port 0x%02x already started", name, address));
                }
                receiver = frameReceiver;
            }
        }

        @Override
        public CompletionStage<Void> write(Bytes frame) {
            return enqueue(this, frame);
        }

        @Override
        public void close() {
            detach(this);
        }

        @Override
        public String toString() {
            return String.format("%s:0x%02x", name, address);
        }
    }
}
