package org.bmcplatform.sim.bus;

import java.time.Duration;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.pcc.PccBinding;
import org.bmcplatform.mctp.binding.pcc.PccChannel;
import org.bmcplatform.mctp.binding.pcc.PccHeader;
import org.bmcplatform.mctp.binding.pcc.PccMailbox;
import org.bmcplatform.mctp.binding.pcc.PccRole;
import org.bmcplatform.mctp.binding.pcc.PccSubspace;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * A PCC channel between the platform (OSPM side) and a platform controller (DSP0292): a
 * {@link PccMailbox} of two 4096-byte subspaces (2: initiator, 3: responder) whose doorbell and
 * platform interrupt reach the other side {@code latency} after they are rung. The platform's end is a
 * {@link PccBinding} in the OSPM role; the controller's, for each power-on, a {@link PccBinding} in the
 * platform role on the same subspaces. An unplugged (powered-off) controller hears no doorbell: the
 * OSPM side's packet stays in flight until a controller powers on, reads it and completes it, as
 * firmware that restarts would.
 */
public final class PccLink implements VirtualLink {
    private final String name;
    private final Duration latency;
    private final int mtu;
    private final PccMailbox.Pair mailbox;
    private final Pluggable initiator;
    private final Pluggable responder;
    private final Object lock = new Object();
    private final Scheduler scheduler;
    private boolean platformTaken;
    private boolean componentPlugged;

    /**
     * @param latency doorbell (OSPM to platform) and platform interrupt (platform to OSPM) latency
     * @param mtu     the MTU both ends ask for (at most the shared memory less the 16-byte PCC header)
     */
    public PccLink(String name, Duration latency, int mtu, Scheduler scheduler) {
        this.name = name;
        this.latency = latency;
        this.mtu = mtu;
        this.scheduler = scheduler;
        this.mailbox = PccMailbox.pair(scheduler, latency);
        this.initiator = new Pluggable(mailbox.platform().initiator());
        this.responder = new Pluggable(mailbox.platform().responder());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return "pcc";
    }

    /** Doorbell and platform interrupt latency. */
    public Duration latency() {
        return latency;
    }

    @Override
    public Binding platformBinding() {
        synchronized (lock) {
            if (platformTaken) {
                throw new IllegalStateException(name + ": the OSPM end of the PCC channel was already handed out");
            }
            platformTaken = true;
        }
        return new PccBinding(mailbox.ospm(), PccBinding.Settings.DEFAULTS.withMtu(mtu));
    }

    @Override
    public Binding componentBinding(LinkAddress address, WireDamage damage) {
        if (!address.isNone()) {
            throw new IllegalArgumentException(name + ": a PCC channel has no link addresses, was " + address);
        }
        synchronized (lock) {
            if (componentPlugged) {
                throw new IllegalStateException(name + ": a platform controller is already on the PCC channel");
            }
            componentPlugged = true;
            initiator.plug();
            responder.plug();
        }
        PccChannel channel = new PccChannel(new DamagingSubspace(initiator.view(), damage), new DamagingSubspace(responder.view(), damage));
        return new PccBinding(channel, PccBinding.Settings.DEFAULTS.withMtu(mtu));
    }

    private void unplugged() {
        synchronized (lock) {
            if (initiator.current == null && responder.current == null) {
                componentPlugged = false;
            }
        }
    }

    @Override
    public void close() {
        mailbox.ospm().close();
        mailbox.platform().close();
    }

    @Override
    public String toString() {
        return name + "(pcc, doorbell " + latency.toNanos() / 1000 + " µs)";
    }

    /**
     * The platform-role handle of one subspace, started once with a dispatcher to the controller that is
     * powered on now; each power-on gets a view whose close detaches it and leaves the subspace as it is.
     */
    private final class Pluggable {
        private final PccSubspace subspace;
        private volatile View current;
        private boolean started;

        Pluggable(PccSubspace subspace) {
            this.subspace = subspace;
        }

        void plug() {
            current = new View(this);
        }

        View view() {
            return current;
        }

        void onNotification() {
            View v = current;
            if (v != null) {
                v.notified();
            }
        }

        void start() {
            synchronized (this) {
                if (!started) {
                    started = true;
                    subspace.start(this::onNotification);
                    return;
                }
            }
            // a controller powering on looks at the subspace at once: a doorbell may have rung while it was off
            scheduler.execute(this::onNotification);
        }

        void detach(View v) {
            if (current == v) {
                current = null;
            }
            unplugged();
        }
    }

    /**
     * A controller's subspace whose writes pass through {@code damage}: a write of a PCC header and a marked
     * packet (from offset 0, {@link PccHeader#encode}) gets one bit of the packet flipped. PCC has no
     * integrity check (DSP0292 §6: the header carries signature, flags, length and command, no CRC), so the
     * damaged packet reaches the other side's MCTP layer as it is.
     */
    private static final class DamagingSubspace implements PccSubspace {
        private final PccSubspace subspace;
        private final WireDamage damage;

        DamagingSubspace(PccSubspace subspace, WireDamage damage) {
            this.subspace = subspace;
            this.damage = damage;
        }

        @Override
        public void write(int offset, Bytes data) {
            subspace.write(offset, onTheWire(offset, data));
        }

        private Bytes onTheWire(int offset, Bytes data) {
            if (offset != 0 || data.length() <= PccHeader.LENGTH) {
                return data;
            }
            Bytes packet = data.slice(PccHeader.LENGTH);
            return damage.take(packet) ? WireDamage.flipped(data, PccHeader.LENGTH + WireDamage.damagedByte(packet.length())) : data;
        }

        @Override
        public int id() {
            return subspace.id();
        }

        @Override
        public Type type() {
            return subspace.type();
        }

        @Override
        public PccRole role() {
            return subspace.role();
        }

        @Override
        public int size() {
            return subspace.size();
        }

        @Override
        public Bytes read(int offset, int length) {
            return subspace.read(offset, length);
        }

        @Override
        public boolean commandComplete() {
            return subspace.commandComplete();
        }

        @Override
        public void setCommandComplete(boolean complete) {
            subspace.setCommandComplete(complete);
        }

        @Override
        public void notifyPeer() {
            subspace.notifyPeer();
        }

        @Override
        public void acknowledgeNotification() {
            subspace.acknowledgeNotification();
        }

        @Override
        public boolean errorStatus() {
            return subspace.errorStatus();
        }

        @Override
        public void setErrorStatus(boolean error) {
            subspace.setErrorStatus(error);
        }

        @Override
        public void start(Runnable onNotification) {
            subspace.start(onNotification);
        }

        @Override
        public boolean isAvailable() {
            return subspace.isAvailable();
        }

        @Override
        public void close() {
            subspace.close();
        }

        @Override
        public String toString() {
            return subspace.toString();
        }
    }

    /** One power-on's handle on a subspace. */
    private static final class View implements PccSubspace {
        private final Pluggable slot;
        private volatile Runnable listener;
        private volatile boolean closed;

        View(Pluggable slot) {
            this.slot = slot;
        }

        void notified() {
            Runnable l = listener;
            if (!closed && l != null) {
                l.run();
            }
        }

        @Override
        public int id() {
            return slot.subspace.id();
        }

        @Override
        public Type type() {
            return slot.subspace.type();
        }

        @Override
        public PccRole role() {
            return slot.subspace.role();
        }

        @Override
        public int size() {
            return slot.subspace.size();
        }

        @Override
        public Bytes read(int offset, int length) {
            return slot.subspace.read(offset, length);
        }

        @Override
        public void write(int offset, Bytes data) {
            slot.subspace.write(offset, data);
        }

        @Override
        public boolean commandComplete() {
            return slot.subspace.commandComplete();
        }

        @Override
        public void setCommandComplete(boolean complete) {
            slot.subspace.setCommandComplete(complete);
        }

        @Override
        public void notifyPeer() {
            if (!closed) {
                slot.subspace.notifyPeer();
            }
        }

        @Override
        public void acknowledgeNotification() {
            slot.subspace.acknowledgeNotification();
        }

        @Override
        public boolean errorStatus() {
            return slot.subspace.errorStatus();
        }

        @Override
        public void setErrorStatus(boolean error) {
            slot.subspace.setErrorStatus(error);
        }

        @Override
        public void start(Runnable onNotification) {
            if (listener != null) {
                throw new IllegalStateException(this + " already started");
            }
            listener = onNotification;
            slot.start();
        }

        @Override
        public boolean isAvailable() {
            return !closed && slot.subspace.isAvailable();
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                slot.detach(this);
            }
        }

        @Override
        public String toString() {
            return slot.subspace.toString();
        }
    }
}
