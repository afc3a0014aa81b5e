package org.bmcplatform.sim.bus;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.astlpc.AstLpcBinding;
import org.bmcplatform.mctp.binding.astlpc.AstLpcFraming;
import org.bmcplatform.mctp.binding.astlpc.AstLpcSettings;
import org.bmcplatform.mctp.binding.astlpc.KcsPair;
import org.bmcplatform.mctp.binding.astlpc.LpcWindow;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * The astlpc channel between the platform (BMC side) and the host's firmware (libmctp astlpc): a
 * {@link KcsPair} whose every data-register access reaches the other side {@code latency} later (the
 * LPC I/O cycle plus the interrupt latency of the side that is told), and a 1 MiB LPC window in memory
 * that both sides copy packets through instantly. The platform's end is an {@link AstLpcBinding} in
 * the BMC role; the host's, for each power-on, an {@link AstLpcBinding} in the host role on the same
 * KCS registers and window, which sets the channel up again (the host's KCS init) as a rebooted host does.
 */
public final class AstLpcLink implements VirtualLink {
    private final String name;
    private final Duration latency;
    private final int mtu;
    private final Scheduler scheduler;
    private final KcsPair kcs;
    private final LpcWindow window = LpcWindow.inMemory();
    private final Object lock = new Object();
    private boolean platformTaken;
    private SharedWindow hostPlugged;

    /**
     * @param latency time from one side's KCS data-register access to the other side's notification
     * @param mtu     the packet size both sides ask for (version 1 runs at 68)
     */
    public AstLpcLink(String name, Duration latency, int mtu, Scheduler scheduler) {
        this.name = name;
        this.latency = latency;
        this.mtu = mtu;
        this.scheduler = scheduler;
        this.kcs = KcsPair.create(scheduler, latency);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return "astlpc";
    }

    /** Per-access KCS latency. */
    public Duration latency() {
        return latency;
    }

    /** KCS data-register writes by both sides so far (each costs the other side one {@link #latency()}). */
    public long kcsDataWrites() {
        return kcs.dataWrites();
    }

    @Override
    public Binding platformBinding() {
        synchronized (lock) {
            if (platformTaken) {
                throw new IllegalStateException(name + ": the BMC end of the astlpc channel was already handed out");
            }
            platformTaken = true;
        }
        return new AstLpcBinding(kcs.bmc(), new SharedWindow(window, () -> { }, new WireDamage()), AstLpcSettings.bmc(mtu));
    }

    @Override
    public Binding componentBinding(LinkAddress address, WireDamage damage) {
        if (!address.isNone()) {
            throw new IllegalArgumentException(name + ": an astlpc channel has no link addresses, was " + address);
        }
        SharedWindow hostWindow;
        synchronized (lock) {
            if (hostPlugged != null) {
                throw new IllegalStateException(name + ": a host is already on the astlpc channel");
            }
            hostWindow = new SharedWindow(window, this::hostGone, damage);
            hostPlugged = hostWindow;
        }
        return new AstLpcBinding(kcs.host(), hostWindow, AstLpcSettings.host(mtu));
    }

    private void hostGone() {
        synchronized (lock) {
            hostPlugged = null;
        }
    }

    @Override
    public void close() {
        kcs.bmc().close();
        kcs.host().close();
    }

    @Override
    public String toString() {
        return name + "(astlpc, KCS access " + latency.toNanos() / 1000 + " µs)";
    }

    /**
     * One side's handle on the board's window: closing it releases the handle, never the window. A write of
     * a packet buffer (length, packet, and on version 3 its CRC-32; {@link AstLpcFraming#encode}) whose
     * packet is marked in {@code damage} gets one bit of the packet flipped: the receiver drops it as
     * {@code BAD_CRC} on version 3; versions 1 and 2 have no check and pass it to the MCTP layer.
     */
    private static final class SharedWindow implements LpcWindow {
        private final LpcWindow window;
        private final Runnable onClose;
        private final WireDamage damage;
        private final AtomicBoolean closed = new AtomicBoolean();

        SharedWindow(LpcWindow window, Runnable onClose, WireDamage damage) {
            this.window = window;
            this.onClose = onClose;
            this.damage = damage;
        }

        @Override
        public int size() {
            return window.size();
        }

        @Override
        public void read(long offset, byte[] dst, int dstOffset, int length) {
            window.read(offset, dst, dstOffset, length);
        }

        @Override
        public void write(long offset, byte[] src, int srcOffset, int length) {
            window.write(offset, onTheWire(src, srcOffset, length), srcOffset, length);
        }

        private byte[] onTheWire(byte[] src, int srcOffset, int length) {
            int field = AstLpcFraming.LENGTH_FIELD;
            if (length <= field) {
                return src;
            }
            long n = ((src[srcOffset] & 0xFFL) << 24) | ((src[srcOffset + 1] & 0xFF) << 16) | ((src[srcOffset + 2] & 0xFF) << 8)
                    | (src[srcOffset + 3] & 0xFF);
            if (n != length - field && n != length - field - AstLpcFraming.CRC_FIELD) {
                return src;
            }
            if (!damage.take(Bytes.of(src, srcOffset + field, (int) n))) {
                return src;
            }
            byte[] damaged = src.clone();
            damaged[srcOffset + field + WireDamage.damagedByte((int) n)] ^= WireDamage.BIT;
            return damaged;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                onClose.run();
            }
        }
    }
}
