package org.bmcplatform.mctp.assembly;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.packet.MctpPacket;
import org.bmcplatform.mctp.packet.PacketHeader;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * Reassembles packets into messages by {@link ReassemblyKey}, following the strictest common rules of
 * the kernel and libmctp (reference mctp-stack.md §7.3, "Recommended Java behaviour"):
 * <ul>
 * <li>a sequence gap or repeat drops the whole partial message (SEQUENCE_ERROR);</li>
 * <li>non-final packets must carry exactly the first packet's payload size, the final one at most
 *     that (FRAGMENT_SIZE_MISMATCH);</li>
 * <li>a new SOM while a message is in progress drops the partial one (REASSEMBLY_ABORTED) and starts
 *     the new message, as libmctp does;</li>
 * <li>partial messages expire after the timeout (REASSEMBLY_TIMEOUT); at most {@code contexts} are in
 *     progress at once (REASSEMBLY_CONTEXTS_EXHAUSTED); messages are capped (MESSAGE_TOO_LARGE).</li>
 * </ul>
 * Thread-safe; every drop is counted in the given counters.
 */
public final class Reassembler {
    private final Scheduler scheduler;
    private final ReassemblySettings settings;
    private final DropCounters drops;
    private final long timeoutNanos;
    private final Map<ReassemblyKey, Partial> inProgress = new HashMap<>();
    private Scheduler.Cancellable sweep;
    private boolean closed;

    public Reassembler(Scheduler scheduler, ReassemblySettings settings, DropCounters drops) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.drops = drops;
        this.timeoutNanos = settings.timeout().toNanos();
    }

    /**
     * Takes one packet received on {@code network}.
     *
     * @return the whole message when this packet completed one
     */
    public synchronized Optional<Bytes> accept(int network, MctpPacket packet) {
        if (closed) {
            return Optional.empty();
        }
        PacketHeader h = packet.header();
        ReassemblyKey key = ReassemblyKey.of(network, h);
        Partial partial = inProgress.get(key);
        if (partial != null && scheduler.nanoTime() - partial.deadline >= 0) {
            discard(key, partial, DropReason.REASSEMBLY_TIMEOUT);
            partial = null;
        }
        if (h.som()) {
            if (partial != null) {
                discard(key, partial, DropReason.REASSEMBLY_ABORTED);
            }
            return start(key, packet);
        }
        if (partial == null) {
            drops.count(DropReason.UNEXPECTED_FRAGMENT);
            return Optional.empty();
        }
        if (h.sequence() != partial.nextSequence) {
            discard(key, partial, DropReason.SEQUENCE_ERROR);
            return Optional.empty();
        }
        int size = packet.payload().length();
        if (h.eom() ? size > partial.fragmentSize : size != partial.fragmentSize) {
            discard(key, partial, DropReason.FRAGMENT_SIZE_MISMATCH);
            return Optional.empty();
        }
        if (partial.buffer.size() + size > settings.maxMessageSize()) {
            discard(key, partial, DropReason.MESSAGE_TOO_LARGE);
            return Optional.empty();
        }
        partial.append(packet.payload());
        partial.nextSequence = (h.sequence() + 1) & 0x03;
        if (!h.eom()) {
            return Optional.empty();
        }
        inProgress.remove(key);
        return Optional.of(Bytes.wrap(partial.buffer.toByteArray()));
    }

    private Optional<Bytes> start(ReassemblyKey key, MctpPacket packet) {
        PacketHeader h = packet.header();
        Bytes payload = packet.payload();
        if (payload.length() > settings.maxMessageSize()) {
            drops.count(DropReason.MESSAGE_TOO_LARGE);
            return Optional.empty();
        }
        if (h.eom()) {
            return Optional.of(payload);
        }
        if (inProgress.size() >= settings.contexts()) {
            drops.count(DropReason.REASSEMBLY_CONTEXTS_EXHAUSTED);
            return Optional.empty();
        }
        Partial partial = new Partial(payload.length(), (h.sequence() + 1) & 0x03, scheduler.nanoTime() + timeoutNanos);
        partial.append(payload);
        inProgress.put(key, partial);
        if (sweep == null) {
            sweep = scheduler.schedule(settings.timeout(), this::sweep);
        }
        return Optional.empty();
    }

    /**
     * Drops the partial messages past their deadline. One sweep is scheduled at a time, for the
     * earliest deadline, so a completed message costs no timer work.
     */
    private synchronized void sweep() {
        sweep = null;
        if (closed) {
            return;
        }
        long now = scheduler.nanoTime();
        long earliest = Long.MAX_VALUE;
        for (var it = inProgress.values().iterator(); it.hasNext(); ) {
            Partial p = it.next();
            if (now - p.deadline >= 0) {
                it.remove();
                drops.count(DropReason.REASSEMBLY_TIMEOUT);
            } else {
                earliest = Math.min(earliest, p.deadline - now);
            }
        }
        if (earliest != Long.MAX_VALUE) {
            sweep = scheduler.schedule(Duration.ofNanos(earliest), this::sweep);
        }
    }

    private void discard(ReassemblyKey key, Partial partial, DropReason reason) {
        inProgress.remove(key);
        drops.count(reason);
    }

    /** Number of partial messages waiting for more packets. */
    public synchronized int inProgress() {
        return inProgress.size();
    }

    /** Forgets every partial message (not counted as drops) and ignores further packets. */
    public synchronized void close() {
        closed = true;
        if (sweep != null) {
            sweep.cancel();
            sweep = null;
        }
        inProgress.clear();
    }

    private static final class Partial {
        final int fragmentSize;
        final ByteArrayOutputStream buffer;
        final long deadline;
        int nextSequence;

        Partial(int fragmentSize, int nextSequence, long deadline) {
            this.fragmentSize = fragmentSize;
            this.nextSequence = nextSequence;
            this.deadline = deadline;
            this.buffer = new ByteArrayOutputStream(Math.max(fragmentSize * 4, 64));
        }

        void append(Bytes payload) {
            buffer.writeBytes(payload.toArray());
        }
    }
}
