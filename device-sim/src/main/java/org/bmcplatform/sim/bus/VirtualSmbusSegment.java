package org.bmcplatform.sim.bus;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.binding.smbus.SmbusFraming;
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
 * <p>A port may also read, as bus master, from a plain SMBus device that {@link #serveBlockReads serves block
 * reads} (SMBus 3.x §6.5.7, e.g. a drive's NVMe Basic Management Command): the read waits in the same queue,
 * is charged {@link WireTiming#blockReadNanos} (the repeated START included), and returns the byte count, the
 * data and, when the master reads one, the PEC byte — 0xFF, the idle bus, when the device sends none. An
 * address nobody serves is NACKed after the address byte, a command code the device refuses after the
 * command byte; both fail with TRANSMIT_FAILED.
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
    private final ArrayDeque<Transaction> queue = new ArrayDeque<>();
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
        return attach(address7, new WireDamage());
    }

    /**
     * Attaches a device at a 7-bit address whose block writes go through {@code damage}: a frame carrying a
     * marked packet gets one bit of the packet flipped on the wire, its PEC left as sent (DSP0237 §6.2), so
     * the receiver drops it as {@code BAD_PEC}.
     *
     * @throws IllegalArgumentException when the address is not 7-bit
     * @throws IllegalStateException    when another port holds the address or the segment is closed
     */
    public SmbusPort attach(int address7, WireDamage damage) {
        Objects.requireNonNull(damage, "damage");
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
            SegmentPort port = new SegmentPort(address7, damage);
            ports.put(address7, port);
            return port;
        }
    }

    /**
     * Attaches a plain SMBus device at {@code address7} that answers block reads (and no MCTP: block writes to
     * it are NACKed). Closing the returned port detaches it.
     *
     * @throws IllegalArgumentException when the address is not 7-bit
     * @throws IllegalStateException    when another port holds the address or the segment is closed
     */
    public SmbusPort serveBlockReads(int address7, BlockReadTarget target) {
        Objects.requireNonNull(target, "target");
        SegmentPort port = (SegmentPort) attach(address7);
        port.blockReads = target;
        return port;
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
        List<Transaction> dropped;
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
        for (Transaction t : dropped) {
            t.fail(new MctpException(MctpException.Reason.BINDING_DOWN, name + " is closed"));
        }
    }

    @Override
    public String toString() {
        return name + "@" + timing.clockHz() / 1000 + "kHz";
    }

    private <T> CompletionStage<T> enqueue(Transaction transaction, CompletableFuture<T> result) {
        boolean start;
        synchronized (lock) {
            if (closed || transaction.from().closed) {
                start = false;
                result.completeExceptionally(new MctpException(MctpException.Reason.BINDING_DOWN,
                        String.format("%s: port 0x%02x is closed", name, transaction.from().address)));
            } else {
                queue.add(transaction);
                start = !busy;
                busy = busy || start;
            }
        }
        if (start) {
            startNext();
        }
        return result;
    }

    /** Puts the head of the queue on the wire; the caller has set {@code busy}, so nothing else touches the wire. */
    private void startNext() {
        List<Transaction> refused = new ArrayList<>();
        Transaction t;
        SegmentPort target = null;
        synchronized (lock) {
            while ((t = queue.poll()) != null && t.from().closed) {
                refused.add(t);
            }
            if (t == null) {
                busy = false;
            } else {
                target = ports.get(t.address());
            }
        }
        for (Transaction r : refused) {
            r.fail(new MctpException(MctpException.Reason.BINDING_DOWN,
                    String.format("%s: port 0x%02x closed before its transaction went out", name, r.from().address)));
        }
        if (t instanceof BlockWrite w) {
            boolean ack = target != null && target.receiver != null;
            SegmentPort to = ack ? target : null;
            onWire(t, ack ? timing.transactionNanos(w.frame.length()) : timing.nackNanos(), () -> finish(w, to));
        } else if (t instanceof BlockRead r) {
            startRead(r, target);
        }
    }

    /**
     * Asks the device what it drives (outside the lock: the device has locks of its own) and charges what the
     * master reads of it.
     */
    private void startRead(BlockRead r, SegmentPort target) {
        BlockReadTarget serving = target == null ? null : target.blockReads;
        if (serving == null) {
            onWire(r, timing.nackNanos(), () -> finish(r, null, null, "address not acknowledged"));
            return;
        }
        Optional<Bytes> sent;
        try {
            sent = serving.blockRead(r.command);
        } catch (RuntimeException e) {
            synchronized (lock) {
                deliveryFailures++;
            }
            sent = Optional.empty();
        }
        if (sent.isEmpty() || sent.get().isEmpty()) {
            onWire(r, timing.commandNackNanos(), () -> finish(r, null, null, String.format("command code 0x%02x not acknowledged", r.command)));
            return;
        }
        Bytes read = masterReads(sent.get(), r.pec);
        onWire(r, timing.blockReadNanos(sent.get().get(0), r.pec), () -> finish(r, target, read, null));
    }

    /** The byte count, that many data bytes, and the PEC when the master reads one (0xFF where the device sent nothing). */
    private static Bytes masterReads(Bytes sent, boolean pec) {
        byte[] read = new byte[1 + sent.get(0) + (pec ? 1 : 0)];
        java.util.Arrays.fill(read, (byte) 0xFF);
        sent.slice(0, Math.min(read.length, sent.length())).copyTo(read, 0);
        return Bytes.wrap(read);
    }

    /**
     * Charges the transaction its wire time and schedules its end. On the wire's timeline it starts at the later
     * of the end of the previous transaction and its arrival, whatever the lateness of the timer that ended the
     * previous one.
     */
    private void onWire(Transaction t, long duration, Runnable finish) {
        long delay;
        synchronized (lock) {
            long start = Math.max(t.arrivalNanos(), freeAtNanos);
            freeAtNanos = start + duration;
            busyNanos += duration;
            delay = Math.max(0, freeAtNanos - scheduler.nanoTime());
        }
        scheduler.schedule(Duration.ofNanos(delay), finish);
    }

    private void finish(BlockWrite w, SegmentPort target) {
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

    private void finish(BlockRead r, SegmentPort target, Bytes read, String nacked) {
        boolean done;
        synchronized (lock) {
            transactions++;
            done = read != null && !target.closed && ports.get(target.address) == target;
            if (done) {
                bytes += 3 + read.length();
            } else {
                nacks++;
            }
        }
        startNext();
        if (done) {
            r.result.complete(read);
        } else {
            r.result.completeExceptionally(new MctpException(MctpException.Reason.TRANSMIT_FAILED, String.format(
                    "%s: block read of 0x%02x command 0x%02x: %s", name, r.address, r.command,
                    nacked != null ? nacked : "the device was detached during the read")));
        }
    }

    private void detach(SegmentPort port) {
        synchronized (lock) {
            port.closed = true;
            ports.remove(port.address, port);
        }
    }

    /** One transaction waiting for the wire or on it. */
    private sealed interface Transaction permits BlockWrite, BlockRead {
        SegmentPort from();

        long arrivalNanos();

        /** The target address. */
        int address();

        void fail(MctpException e);
    }

    /** A frame written by {@code from} (DSP0237 §6: the destination address is its first byte). */
    private record BlockWrite(SegmentPort from, Bytes frame, long arrivalNanos, CompletableFuture<Void> result)
            implements Transaction {
        @Override
        public int address() {
            return frame.get(0) >> 1;
        }

        @Override
        public void fail(MctpException e) {
            result.completeExceptionally(e);
        }
    }

    /** A block read by {@code from} of a command code at an address. */
    private record BlockRead(SegmentPort from, int address, int command, boolean pec, long arrivalNanos,
                             CompletableFuture<Bytes> result) implements Transaction {
        @Override
        public void fail(MctpException e) {
            result.completeExceptionally(e);
        }
    }

    /** A device's attachment: its target address and its receiver. */
    private final class SegmentPort implements SmbusPort {
        private final int address;
        private final WireDamage damage;
        private volatile Consumer<Bytes> receiver;
        private volatile BlockReadTarget blockReads;
        private volatile boolean closed;

        SegmentPort(int address, WireDamage damage) {
            this.address = address;
            this.damage = damage;
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
            CompletableFuture<Void> result = new CompletableFuture<>();
            if (frame == null || frame.isEmpty()) {
                result.completeExceptionally(new MctpException(MctpException.Reason.INVALID_ARGUMENT, name + ": empty frame"));
                return result;
            }
            return enqueue(new BlockWrite(this, onTheWire(frame), scheduler.nanoTime(), result), result);
        }

        /** The frame as the wire carries it: address, command code, byte count, source, packet, PEC (DSP0237 §6.1). */
        private Bytes onTheWire(Bytes frame) {
            int packetStart = SmbusFraming.HEADER_LENGTH;
            if (frame.length() <= SmbusFraming.OVERHEAD) {
                return frame;
            }
            Bytes packet = frame.slice(packetStart, frame.length() - 1);
            return damage.take(packet) ? WireDamage.flipped(frame, packetStart + WireDamage.damagedByte(packet.length())) : frame;
        }

        @Override
        public CompletionStage<Bytes> blockRead(int address7, int commandCode, boolean pec) {
            CompletableFuture<Bytes> result = new CompletableFuture<>();
            if (address7 < 0 || address7 > 0x7F || commandCode < 0 || commandCode > 0xFF) {
                result.completeExceptionally(new MctpException(MctpException.Reason.INVALID_ARGUMENT, String.format(
                        "%s: a block read needs a 7-bit address and an 8-bit command code, was 0x%x / 0x%x", name, address7, commandCode)));
                return result;
            }
            return enqueue(new BlockRead(this, address7, commandCode, pec, scheduler.nanoTime(), result), result);
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
