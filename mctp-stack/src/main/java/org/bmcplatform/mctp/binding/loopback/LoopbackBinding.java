package org.bmcplatform.mctp.binding.loopback;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.PacketReceiver;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * One end of an in-memory link. Packets are delivered to the other end through the {@link Scheduler}
 * after the configured latency, never on the sender's stack, one at a time and in transmission
 * order, so runs on virtual time are deterministic. A transmission fails (TRANSMIT_FAILED, as a
 * missing acknowledge would) when the destination is not the other end's address or the other end
 * is not listening.
 */
public final class LoopbackBinding implements Binding {
    /** Both ends of a link. */
    public record Pair(LoopbackBinding first, LoopbackBinding second) {
    }

    private record Delivery(Bytes packet, LinkAddress source) {
    }

    private final Scheduler scheduler;
    private final int mtu;
    private final LinkAddress localAddress;
    private final DropCounters drops = new DropCounters();
    private final Queue<Delivery> inbox = new ConcurrentLinkedQueue<>();
    private final Object deliveryLock = new Object();
    private LoopbackBinding peer;
    private volatile PacketReceiver receiver;
    private volatile boolean closed;
    private volatile Duration latency = Duration.ZERO;
    private volatile Predicate<Bytes> lose = p -> false;

    private LoopbackBinding(Scheduler scheduler, int mtu, LinkAddress localAddress) {
        if (mtu < 68) {
            throw new IllegalArgumentException("MTU must be at least 68, was " + mtu);
        }
        this.scheduler = scheduler;
        this.mtu = mtu;
        this.localAddress = localAddress;
    }

    /** A link whose ends have the given addresses ({@link LinkAddress#NONE} for point-to-point). */
    public static Pair pair(Scheduler scheduler, int mtu, LinkAddress firstAddress, LinkAddress secondAddress) {
        LoopbackBinding a = new LoopbackBinding(scheduler, mtu, firstAddress);
        LoopbackBinding b = new LoopbackBinding(scheduler, mtu, secondAddress);
        a.peer = b;
        b.peer = a;
        return new Pair(a, b);
    }

    /** A point-to-point link without link addresses. */
    public static Pair pair(Scheduler scheduler, int mtu) {
        return pair(scheduler, mtu, LinkAddress.NONE, LinkAddress.NONE);
    }

    /** Delay between transmission and delivery (default zero: delivered on the next scheduler turn). */
    public void setLatency(Duration latency) {
        this.latency = latency;
    }

    /** Packets sent from this end that match are accepted but silently lost, as on a noisy link. */
    public void loseWhen(Predicate<Bytes> lose) {
        this.lose = lose;
    }

    @Override
    public String kind() {
        return "loopback";
    }

    @Override
    public int mtu() {
        return mtu;
    }

    @Override
    public LinkAddress localAddress() {
        return localAddress;
    }

    @Override
    public void start(PacketReceiver packetReceiver) {
        if (this.receiver != null) {
            throw new IllegalStateException("binding already started");
        }
        this.receiver = packetReceiver;
    }

    @Override
    public CompletionStage<Void> transmit(Bytes packet, LinkAddress destination) {
        if (closed) {
            return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.BINDING_DOWN, "loopback binding is closed"));
        }
        if (packet.length() > mtu) {
            drops.count(DropReason.OVERSIZE);
            return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.TOO_LARGE,
                    "packet of " + packet.length() + " bytes exceeds the MTU of " + mtu));
        }
        LoopbackBinding other = peer;
        PacketReceiver target = other.receiver;
        if (other.closed || target == null || !(destination.isNone() || destination.equals(other.localAddress))) {
            return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.TRANSMIT_FAILED,
                    "no acknowledge from " + destination));
        }
        if (!lose.test(packet)) {
            other.inbox.add(new Delivery(packet, localAddress));
            scheduler.schedule(latency, other::deliverNext);
        }
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Puts raw bytes on the link towards this end, as a faulty medium or peer would. They are checked
     * as a frame before delivery: at least the 4-byte transport header (else BAD_LENGTH), at most the
     * MTU (else OVERSIZE), header version 1 (else BAD_HEADER_VERSION; DSP0236 §8.1). Delivered in order
     * with packets transmitted by the other end.
     */
    public void inject(Bytes raw) {
        DropReason reason = null;
        if (raw.length() < 4) {
            reason = DropReason.BAD_LENGTH;
        } else if (raw.length() > mtu) {
            reason = DropReason.OVERSIZE;
        } else if ((raw.get(0) & 0x0F) != 1) {
            reason = DropReason.BAD_HEADER_VERSION;
        }
        if (reason != null) {
            drops.count(reason);
            return;
        }
        inbox.add(new Delivery(raw, peer.localAddress));
        scheduler.schedule(Duration.ZERO, this::deliverNext);
    }

    /**
     * Hands the oldest queued packet to the receiver. One delivery at a time, in transmission order,
     * even when the scheduler runs tasks on several threads.
     */
    private void deliverNext() {
        synchronized (deliveryLock) {
            Delivery d = inbox.poll();
            PacketReceiver r = receiver;
            if (d != null && !closed && r != null) {
                r.onPacket(d.packet(), d.source());
            }
        }
    }

    @Override
    public DropCounters drops() {
        return drops;
    }

    @Override
    public void close() {
        closed = true;
    }
}
