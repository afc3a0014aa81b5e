package org.bmcplatform.mctp.binding.pcc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.PacketReceiver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MCTP over PCC (DSP0292): {@link PccHeader} framing over a {@link PccChannel}. OSPM transmits on the
 * initiator (type 3) subspace and receives on the responder (type 4); the platform the other way
 * round. One packet is in flight per direction: a transmission completes when the other end sets
 * command complete, and later packets wait in a bounded queue in call order. Received regions are
 * checked, the buffer is handed back at once, and good packets are pushed up; bad ones are counted.
 * A point-to-point link: no link addresses.
 */
public final class PccBinding implements Binding {
    /** The smallest MTU: the baseline packet (64-byte BTU + 4-byte header, DSP0236 §8.4). */
    public static final int MIN_MTU = 68;
    /** The smallest usable shared memory: the PCC header plus one baseline packet. */
    public static final int MIN_SHARED_MEMORY = PccHeader.LENGTH + MIN_MTU;

    /**
     * Named limits (STYLE.md rule 19).
     *
     * @param mtu                the largest packet wanted; the binding uses at most shared memory size − 16
     * @param transmitQueueLimit packets waiting behind the one in flight before transmit fails
     */
    public record Settings(int mtu, int transmitQueueLimit) {
        /** Default wanted MTU: no limit beyond the shared memory. */
        public static final int DEFAULT_MTU = Integer.MAX_VALUE;
        public static final int DEFAULT_TRANSMIT_QUEUE_LIMIT = 1024;
        public static final Settings DEFAULTS = new Settings(DEFAULT_MTU, DEFAULT_TRANSMIT_QUEUE_LIMIT);

        public Settings {
            if (mtu < MIN_MTU) {
                throw new IllegalArgumentException("PCC MTU must be at least " + MIN_MTU + ", was " + mtu);
            }
            if (transmitQueueLimit < 1) {
                throw new IllegalArgumentException("PCC transmit queue limit must be at least 1, was " + transmitQueueLimit);
            }
        }

        public Settings withMtu(int newMtu) {
            return new Settings(newMtu, transmitQueueLimit);
        }

        public Settings withTransmitQueueLimit(int limit) {
            return new Settings(mtu, limit);
        }
    }

    private record Pending(Bytes packet, CompletableFuture<Void> done) {
    }

    private record Failure(Pending pending, RuntimeException cause) {
    }

    private static final Logger log = LoggerFactory.getLogger(PccBinding.class);

    private final PccChannel channel;
    private final PccSubspace tx;
    private final PccSubspace rx;
    private final PccHeader txHeader;
    private final int mtu;
    private final int queueLimit;
    private final DropCounters drops = new DropCounters();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Object txLock = new Object();
    private final Object rxLock = new Object();
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private Pending inFlight;
    private volatile PacketReceiver receiver;

    /** @throws IllegalArgumentException when the shared memory cannot carry a baseline packet */
    public PccBinding(PccChannel channel, Settings settings) {
        int memory = channel.sharedMemorySize();
        if (memory < MIN_SHARED_MEMORY) {
            throw new IllegalArgumentException("PCC subspaces " + channel.initiator().id() + "/" + channel.responder().id()
                    + " have " + memory + " bytes of shared memory; MCTP needs at least " + MIN_SHARED_MEMORY
                    + " (the " + PccHeader.LENGTH + "-byte PCC header plus a " + MIN_MTU + "-byte baseline packet)");
        }
        this.channel = channel;
        this.tx = channel.transmitSubspace();
        this.rx = channel.receiveSubspace();
        this.txHeader = PccHeader.forSubspace(tx.id());
        this.mtu = Math.min(settings.mtu(), memory - PccHeader.LENGTH);
        this.queueLimit = settings.transmitQueueLimit();
    }

    public PccBinding(PccChannel channel) {
        this(channel, Settings.DEFAULTS);
    }

    @Override
    public String kind() {
        return "pcc";
    }

    /** Which end of the channel this binding plays. */
    public PccRole role() {
        return channel.role();
    }

    public PccChannel channel() {
        return channel;
    }

    @Override
    public int mtu() {
        return mtu;
    }

    @Override
    public LinkAddress localAddress() {
        return LinkAddress.NONE;
    }

    @Override
    public boolean isLinkUp() {
        return !closed.get() && tx.isAvailable() && rx.isAvailable();
    }

    /** Packets waiting behind the one in flight. */
    public int queuedPackets() {
        synchronized (txLock) {
            return queue.size();
        }
    }

    @Override
    public void start(PacketReceiver packetReceiver) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("binding already started");
        }
        this.receiver = packetReceiver;
        tx.start(this::onTransmitNotification);
        rx.start(this::onReceiveNotification);
        List<Failure> failed = new ArrayList<>();
        synchronized (txLock) {
            sendNextLocked(failed);
        }
        failAll(failed);
    }

    @Override
    public CompletionStage<Void> transmit(Bytes packet, LinkAddress destination) {
        if (closed.get()) {
            return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.BINDING_DOWN, this + " is closed"));
        }
        if (packet.length() > mtu) {
            return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.TOO_LARGE,
                    "packet of " + packet.length() + " bytes exceeds the PCC MTU " + mtu));
        }
        if (packet.length() < PccHeader.MIN_PACKET) {
            return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.INVALID_ARGUMENT,
                    "packet of " + packet.length() + " bytes is shorter than the MCTP header"));
        }
        Pending p = new Pending(packet, new CompletableFuture<>());
        List<Failure> failed = new ArrayList<>();
        synchronized (txLock) {
            if (closed.get()) {
                return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.BINDING_DOWN, this + " is closed"));
            }
            if (queue.size() >= queueLimit) {
                drops.count(DropReason.TRANSMIT_FAILED);
                return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.TRANSMIT_FAILED,
                        "PCC transmit queue is full (" + queueLimit + " packets waiting for subspace " + tx.id() + ")"));
            }
            queue.add(p);
            sendNextLocked(failed);
        }
        failAll(failed);
        return p.done();
    }

    /** Writes the next queued packet when nothing is in flight and the other end has freed the buffer. */
    private void sendNextLocked(List<Failure> failed) {
        while (started.get() && !closed.get() && inFlight == null && !queue.isEmpty() && tx.commandComplete()) {
            Pending p = queue.poll();
            try {
                tx.write(0, txHeader.encode(p.packet()));
                tx.setCommandComplete(false);
                inFlight = p;
                tx.notifyPeer();
            } catch (RuntimeException e) {
                inFlight = null;
                log.warn("PCC write to subspace {} failed", tx.id(), e);
                drops.count(DropReason.TRANSMIT_FAILED);
                failed.add(new Failure(p, e));
            }
        }
    }

    /** The other end signalled on our transmit subspace: it may have completed the packet in flight. */
    private void onTransmitNotification() {
        Pending done = null;
        boolean platformError = false;
        List<Failure> failed = new ArrayList<>();
        synchronized (txLock) {
            if (closed.get()) {
                return;
            }
            tx.acknowledgeNotification();
            if (inFlight != null && tx.commandComplete()) {
                done = inFlight;
                inFlight = null;
                if (role() == PccRole.OSPM && tx.errorStatus()) {
                    tx.setErrorStatus(false);
                    platformError = true;
                }
            }
            sendNextLocked(failed);
        }
        failAll(failed);
        if (done != null && platformError) {
            drops.count(DropReason.TRANSMIT_FAILED);
            done.done().completeExceptionally(new MctpException(MctpException.Reason.TRANSMIT_FAILED,
                    "the platform reported an error for the packet on PCC subspace " + tx.id() + " (error status register)"));
        } else if (done != null) {
            done.done().complete(null);
        }
    }

    /** The other end signalled on our receive subspace: a region may be waiting. Never throws. */
    private void onReceiveNotification() {
        synchronized (rxLock) {
            if (closed.get()) {
                return;
            }
            PccHeader.Decoded d;
            int flags;
            try {
                rx.acknowledgeNotification();
                if (rx.commandComplete()) {
                    return; // nothing posted: the buffer is still ours
                }
                flags = rx.size() >= 8 ? PccHeader.rawFlags(rx.read(0, 8)) : 0;
                d = PccHeader.decode(rx.size(), rx::read, rx.id(), mtu);
                // hand the buffer back before the packet travels up (ACPI 6.4 §14.1.6, responder flow)
                rx.setCommandComplete(true);
                if ((flags & PccHeader.FLAG_NOTIFY_ON_COMPLETION) != 0) {
                    rx.notifyPeer();
                }
            } catch (RuntimeException e) {
                drops.count(DropReason.FRAMING_ERROR);
                log.warn("PCC receive on subspace {} failed", rx.id(), e);
                return;
            }
            if (d instanceof PccHeader.Accepted a) {
                try {
                    receiver.onPacket(a.packet(), LinkAddress.NONE);
                } catch (RuntimeException e) {
                    drops.count(DropReason.HANDLER_FAILED);
                    log.warn("packet receiver failed on a packet from PCC subspace {}", rx.id(), e);
                }
            } else if (d instanceof PccHeader.Rejected r) {
                drops.count(r.reason());
                log.debug("dropped PCC region on subspace {}: {}", rx.id(), r.detail());
            }
        }
    }

    /** Fails the stages of packets whose write failed, outside the lock (their callbacks may transmit again). */
    private void failAll(List<Failure> failed) {
        for (Failure f : failed) {
            f.pending().done().completeExceptionally(new MctpException(MctpException.Reason.TRANSMIT_FAILED,
                    "PCC write to subspace " + tx.id() + " failed: " + f.cause().getMessage(), f.cause()));
        }
    }

    @Override
    public DropCounters drops() {
        return drops;
    }

    /** Idempotent. Packets still queued or in flight fail with BINDING_DOWN and count as DISCARDED_ON_CLOSE. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<Pending> discarded = new ArrayList<>();
        synchronized (txLock) {
            if (inFlight != null) {
                discarded.add(inFlight);
                inFlight = null;
            }
            discarded.addAll(queue);
            queue.clear();
        }
        try {
            channel.close();
        } finally {
            for (Pending p : discarded) {
                drops.count(DropReason.DISCARDED_ON_CLOSE);
                p.done().completeExceptionally(new MctpException(MctpException.Reason.BINDING_DOWN,
                        this + " closed before the packet was completed"));
            }
        }
    }

    @Override
    public String toString() {
        return "pcc(" + role().name().toLowerCase(java.util.Locale.ROOT) + ", tx " + tx.id() + ", rx " + rx.id()
                + ", mtu " + mtu + ")";
    }
}
