package org.bmcplatform.mctp.binding.smbus;

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
 * MCTP over SMBus/I2C (DSP0237): {@link SmbusFraming} over an {@link SmbusPort}. Every packet is one
 * block write to the destination's address; received frames are checked and the packets pushed up
 * with the sender's 7-bit address as link address. Malformed frames are counted per reason.
 */
public final class SmbusBinding implements Binding {
    /** The smallest allowed MTU: the baseline packet (64-byte BTU + 4-byte header, DSP0236 §8.4). */
    public static final int MIN_MTU = 68;
    /** The largest: a byte count of 255 carries a 254-byte packet (kernel MCTP_I2C_MAXMTU). */
    public static final int MAX_MTU = SmbusFraming.MAX_PACKET;

    private static final Logger log = LoggerFactory.getLogger(SmbusBinding.class);

    private final SmbusPort port;
    private final SmbusFraming framing;
    private final DropCounters drops = new DropCounters();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile PacketReceiver receiver;

    /** @param mtu the largest packet (header included) sent or accepted, 68..254 */
    public SmbusBinding(SmbusPort port, int mtu) {
        if (mtu < MIN_MTU || mtu > MAX_MTU) {
            throw new IllegalArgumentException("SMBus MTU must be " + MIN_MTU + ".." + MAX_MTU + ", was " + mtu);
        }
        this.port = port;
        this.framing = new SmbusFraming(port.address(), mtu);
    }

    /** The backend port under the framing (its block reads serve plain SMBus devices on the same segment). */
    public SmbusPort port() {
        return port;
    }

    @Override
    public String kind() {
        return "smbus";
    }

    @Override
    public int mtu() {
        return framing.mtu();
    }

    @Override
    public LinkAddress localAddress() {
        return LinkAddress.smbus(port.address());
    }

    @Override
    public void start(PacketReceiver packetReceiver) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("binding already started");
        }
        this.receiver = packetReceiver;
        port.start(this::onFrame);
    }

    private void onFrame(Bytes frame) {
        if (closed.get()) {
            drops.count(DropReason.INTERFACE_DOWN);
            return;
        }
        SmbusFraming.Decoded d = framing.decode(frame);
        if (d instanceof SmbusFraming.Accepted a) {
            try {
                receiver.onPacket(a.packet(), LinkAddress.smbus(a.sourceAddress()));
            } catch (RuntimeException e) {
                drops.count(DropReason.HANDLER_FAILED);
                log.warn("packet receiver failed on a packet from 0x{}", Integer.toHexString(a.sourceAddress()), e);
            }
        } else if (d instanceof SmbusFraming.Rejected r) {
            drops.count(r.reason());
            log.debug("dropped SMBus frame {}: {}", frame, r.detail());
        }
    }

    @Override
    public CompletionStage<Void> transmit(Bytes packet, LinkAddress destination) {
        if (closed.get()) {
            return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.BINDING_DOWN,
                    "SMBus binding at 0x" + Integer.toHexString(port.address()) + " is closed"));
        }
        if (packet.length() > framing.mtu()) {
            return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.TOO_LARGE,
                    "packet of " + packet.length() + " bytes exceeds the SMBus MTU " + framing.mtu()));
        }
        Bytes frame;
        try {
            frame = framing.encode(destination.smbusAddress(), packet);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.INVALID_ARGUMENT, e.getMessage(), e));
        }
        try {
            return port.write(frame);
        } catch (RuntimeException e) {
            // the Binding contract: failures arrive in the stage, never thrown at the caller
            return CompletableFuture.failedFuture(e instanceof MctpException ? e : new MctpException(
                    MctpException.Reason.TRANSMIT_FAILED, "SMBus write to 0x" + Integer.toHexString(destination.smbusAddress())
                            + " failed: " + e.getMessage(), e));
        }
    }

    @Override
    public DropCounters drops() {
        return drops;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            port.close();
        }
    }

    @Override
    public String toString() {
        return "smbus@0x" + Integer.toHexString(port.address()) + "(mtu " + framing.mtu() + ")";
    }
}
