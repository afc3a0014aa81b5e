package org.bmcplatform.sim.component;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.InterfaceCounters;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.control.ControlResponder;
import org.bmcplatform.mctp.control.EndpointIdentity;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.sim.board.MctpEndpointSpec;
import org.bmcplatform.sim.bus.VirtualLink;
import org.bmcplatform.sim.fault.FaultBinding;
import org.bmcplatform.sim.fault.FaultInjector;

/**
 * A generic MCTP endpoint on any virtual link ({@code type: mctp-endpoint}): a host's firmware on an
 * astlpc channel, a platform controller on a PCC subspace, a debug MCU on a serial line, or a device on
 * an SMBus segment. Powered on, it has its own {@link MctpStack} with the link's component-side binding
 * and a {@link ControlResponder} that answers like a real device (DSP0236 §12): Get/Set Endpoint ID,
 * UUID, MCTP version, message types and vendor-defined message support from the board file. An endpoint
 * with a static EID holds it from power-on (DSP0236 §8.17.2), so the bus owner adopts it; one without
 * starts at EID 0 and waits for Set Endpoint ID. Its answers leave after its turnaround.
 */
public final class SimMctpEndpoint implements SimComponent {
    /** The network number inside the endpoint's own stack; a responder answers on the interface asked. */
    static final int ENDPOINT_NETWORK = 1;

    private final MctpEndpointSpec spec;
    private final VirtualLink link;
    private final boolean busOwner;
    private final Scheduler scheduler;
    private final Consumer<MctpStack> onPowerOn;
    private final FaultInjector faults;
    private final Object lock = new Object();
    private MctpStack stack;
    private MctpInterface iface;

    /**
     * An endpoint that is not powered yet; call {@link #plug()}.
     *
     * @param busOwner whether it owns the link (a serial link on which the platform has role endpoint):
     *                 it then reports itself as bus owner and refuses Set Endpoint ID
     */
    public SimMctpEndpoint(MctpEndpointSpec spec, VirtualLink link, boolean busOwner, Scheduler scheduler) {
        this(spec, link, busOwner, scheduler, stack -> { });
    }

    /**
     * An endpoint that also answers other message types: {@code onPowerOn} gets each fresh stack, after
     * the control responder, to install its handlers (a device built on this endpoint, e.g. {@link SimPldmHba}).
     */
    SimMctpEndpoint(MctpEndpointSpec spec, VirtualLink link, boolean busOwner, Scheduler scheduler, Consumer<MctpStack> onPowerOn) {
        this.spec = spec;
        this.link = link;
        this.busOwner = busOwner;
        this.scheduler = scheduler;
        this.onPowerOn = onPowerOn;
        this.faults = new FaultInjector(scheduler);
    }

    @Override
    public MctpEndpointSpec spec() {
        return spec;
    }

    public UUID uuid() {
        return spec.uuid();
    }

    /** What its control responder reports. */
    public EndpointIdentity identity() {
        return new EndpointIdentity(spec.uuid(), spec.messageTypes(), busOwner, spec.staticEid(), spec.vendorTypes());
    }

    @Override
    public boolean present() {
        synchronized (lock) {
            return stack != null;
        }
    }

    /** The EID it uses now (its static EID, or the one the bus owner set); empty before that or when unplugged. */
    public Optional<EndpointId> eid() {
        synchronized (lock) {
            return iface == null ? Optional.empty() : Optional.of(iface.localEid()).filter(e -> !e.isNull());
        }
    }

    /** Packets and messages through its interface since the last power-on; empty when unplugged. */
    public Optional<InterfaceCounters> counters() {
        synchronized (lock) {
            return Optional.ofNullable(iface).map(MctpInterface::counters);
        }
    }

    @Override
    public FaultInjector faults() {
        return faults;
    }

    @Override
    public void plug() {
        synchronized (lock) {
            if (stack != null) {
                return;
            }
            MctpStack fresh = new MctpStack(scheduler, StackSettings.DEFAULTS);
            MctpInterface i = fresh.addInterface(spec.bus(), ENDPOINT_NETWORK,
                    new TurnaroundBinding(new FaultBinding(link.componentBinding(spec.linkAddress(), faults.wire()), faults), spec.turnaround(), scheduler));
            spec.staticEid().ifPresent(i::setLocalEid);
            new ControlResponder(fresh, identity()).install();
            onPowerOn.accept(fresh);
            stack = fresh;
            iface = i;
        }
    }

    @Override
    public void unplug() {
        MctpStack old;
        synchronized (lock) {
            old = stack;
            if (old == null) {
                return;
            }
            stack = null;
            iface = null;
        }
        old.close();
    }

    @Override
    public String toString() {
        return spec.id() + " (mctp-endpoint " + spec.messageTypes() + " on " + spec.bus()
                + (spec.linkAddress().isNone() ? "" : " " + spec.linkAddress()) + ")";
    }
}
