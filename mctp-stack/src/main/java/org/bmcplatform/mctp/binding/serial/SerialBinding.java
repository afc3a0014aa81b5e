package org.bmcplatform.mctp.binding.serial;

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
 * MCTP over a serial link (DSP0253): {@link SerialFraming} and one {@link SerialReceiver} over a
 * {@link SerialLine}. The link is point-to-point, so both ends have {@link LinkAddress#NONE} and
 * transmit ignores the destination. Frames go to the line one at a time in call order; received
 * bytes, in any chunking, run through the receiver, which drops and counts malformed frames
 * ({@link #drops()}) and never throws. The link is up while the line's device is connected.
 */
public final class SerialBinding implements Binding {
    /** The smallest allowed MTU: the baseline packet (64-byte BTU + 4-byte header, DSP0236 §8.4). */
    public static final int MIN_MTU = 68;
    /** The largest: the one-byte byte count (DSP0253 §7). */
    public static final int MAX_MTU = SerialFraming.MAX_PACKET;

    private static final Logger log = LoggerFactory.getLogger(SerialBinding.class);

    private final SerialLine line;
    private final int mtu;
    private final SerialFcs fcs;
    private final DropCounters drops = new DropCounters();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Object transmitLock = new Object();
    private volatile SerialReceiver framer;

    /** @param mtu the largest packet (header included) sent or accepted, 68..255 */
    public SerialBinding(SerialLine line, int mtu) {
        this(line, mtu, SerialFcs.DE_FACTO);
    }

    /** As above, with the FCS variant the peer speaks (reference mctp-stack.md §12 item 1). */
    public SerialBinding(SerialLine line, int mtu, SerialFcs fcs) {
        if (mtu < MIN_MTU || mtu > MAX_MTU) {
            throw new IllegalArgumentException("serial MTU must be " + MIN_MTU + ".." + MAX_MTU + ", was " + mtu);
        }
        if (line == null || fcs == null) {
            throw new IllegalArgumentException("line and fcs must not be null");
        }
        this.line = line;
        this.mtu = mtu;
        this.fcs = fcs;
    }

    @Override
    public String kind() {
        return "serial";
    }

    @Override
    public int mtu() {
        return mtu;
    }

    @Override
    public LinkAddress localAddress() {
        return LinkAddress.NONE;
    }

    public SerialFcs fcs() {
        return fcs;
    }

    /** The line under this binding (its connection state, reconnect counters...). */
    public SerialLine line() {
        return line;
    }

    @Override
    public void start(PacketReceiver receiver) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("binding already started");
        }
        framer = new SerialReceiver(mtu, fcs, packet -> receiver.onPacket(packet, LinkAddress.NONE), drops);
        line.start(this::onBytes);
    }

    /** The line delivers one chunk at a time; the lock only guards against a backend that does not. */
    private void onBytes(Bytes bytes) {
        if (closed.get()) {
            return;
        }
        try {
            synchronized (framer) {
                framer.accept(bytes);
            }
        } catch (RuntimeException e) {
            // SerialReceiver counts receiver failures itself; this is the last guard of the read loop
            drops.count(DropReason.HANDLER_FAILED);
            log.warn("serial receive on {} failed", line.name(), e);
        }
    }

    @Override
    public CompletionStage<Void> transmit(Bytes packet, LinkAddress destination) {
        if (closed.get()) {
            return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.BINDING_DOWN,
                    "serial binding on " + line.name() + " is closed"));
        }
        if (packet.length() > mtu) {
            return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.TOO_LARGE,
                    "packet of " + packet.length() + " bytes exceeds the serial MTU " + mtu));
        }
        if (packet.length() < SerialFraming.MIN_PACKET) {
            return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.INVALID_ARGUMENT,
                    "packet of " + packet.length() + " bytes is shorter than the 4-byte transport header"));
        }
        Bytes frame = SerialFraming.encode(packet, fcs);
        try {
            // one frame per write, handed over in call order even when several threads transmit
            synchronized (transmitLock) {
                return line.write(frame);
            }
        } catch (RuntimeException e) {
            // the Binding contract: failures arrive in the stage, never thrown at the caller
            return CompletableFuture.failedFuture(e instanceof MctpException ? e : new MctpException(
                    MctpException.Reason.TRANSMIT_FAILED, "serial write on " + line.name() + " failed: " + e.getMessage(), e));
        }
    }

    @Override
    public boolean isLinkUp() {
        return !closed.get() && line.isConnected();
    }

    @Override
    public DropCounters drops() {
        return drops;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            line.close();
        }
    }

    @Override
    public String toString() {
        return "serial@" + line.name() + "(mtu " + mtu + ")";
    }
}
