package org.bmcplatform.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.sim.board.BoardSpec;
import org.bmcplatform.sim.board.BusSpec;
import org.bmcplatform.sim.board.ComponentSpec;
import org.bmcplatform.sim.board.MctpEndpointSpec;
import org.bmcplatform.sim.board.NcsiNicSpec;
import org.bmcplatform.sim.board.NvmeDriveSpec;
import org.bmcplatform.sim.board.PldmHbaSpec;
import org.bmcplatform.sim.bus.AstLpcLink;
import org.bmcplatform.sim.bus.PccLink;
import org.bmcplatform.sim.bus.SerialLink;
import org.bmcplatform.sim.bus.SmbusLink;
import org.bmcplatform.sim.bus.VirtualLink;
import org.bmcplatform.sim.bus.VirtualSmbusSegment;
import org.bmcplatform.sim.component.ResetTimer;
import org.bmcplatform.sim.component.SimComponent;
import org.bmcplatform.sim.component.SimMctpEndpoint;
import org.bmcplatform.sim.component.SimNic;
import org.bmcplatform.sim.component.SimNvmeDrive;
import org.bmcplatform.sim.component.SimPldmHba;
import org.bmcplatform.sim.pldm.TerminusSettings;

/**
 * A running simulated machine: one {@link VirtualLink} per virtual bus of the board file (an SMBus
 * segment, a serial line, a PCC mailbox or an astlpc channel, each charging its modelled transfer time)
 * and its components plugged in (those marked {@code present}). The platform takes its end of every bus
 * with {@link #platformBinding(String)}, adds it to its stack and talks MCTP to the components like to
 * real hardware, without knowing the medium.
 */
public final class VirtualBoard implements AutoCloseable {
    private final BoardSpec spec;
    private final Map<String, VirtualLink> links = new LinkedHashMap<>();
    private final Map<String, VirtualSmbusSegment> segments = new LinkedHashMap<>();
    private final Map<String, SimComponent> components = new LinkedHashMap<>();
    private final Map<String, ResetTimer> resetTimers = new LinkedHashMap<>();

    private VirtualBoard(BoardSpec spec) {
        this.spec = spec;
    }

    /**
     * Builds the medium of every virtual bus and plugs in the present components. Buses with a real
     * backend (e.g. {@code i2c:/dev/i2c-3}) and their components are left to the caller.
     */
    public static VirtualBoard start(BoardSpec spec, Scheduler scheduler) {
        VirtualBoard board = new VirtualBoard(spec);
        for (BusSpec bus : spec.buses()) {
            if (bus.isVirtual()) {
                board.links.put(bus.name(), board.medium(bus, scheduler));
            }
        }
        for (ComponentSpec c : spec.components()) {
            VirtualLink link = board.links.get(c.bus());
            if (link == null) {
                continue;
            }
            SimComponent component;
            if (c instanceof NvmeDriveSpec d) {
                component = new SimNvmeDrive(d, board.segments.get(c.bus()), scheduler, spec.environment().ambientCelsius());
            } else if (c instanceof PldmHbaSpec h) {
                component = new SimPldmHba(h, link, scheduler, spec.environment().ambientCelsius(), TerminusSettings.DEFAULTS);
            } else if (c instanceof NcsiNicSpec n) {
                component = new SimNic(n, link, scheduler, spec.environment().ambientCelsius(), TerminusSettings.DEFAULTS);
            } else {
                boolean ownsLink = spec.bus(c.bus()).role() == BusSpec.Role.ENDPOINT;
                component = new SimMctpEndpoint((MctpEndpointSpec) c, link, ownsLink, scheduler);
            }
            component.faults().apply(spec.faults(c.id()));
            if (c.present()) {
                component.plug();
            }
            board.components.put(c.id(), component);
            SimComponent started = component;
            spec.resets(c.id()).ifPresent(r -> {
                ResetTimer timer = new ResetTimer(started, r, scheduler);
                board.resetTimers.put(c.id(), timer);
                timer.start();
            });
        }
        return board;
    }

    private VirtualLink medium(BusSpec bus, Scheduler scheduler) {
        if (BusSpec.SMBUS.equals(bus.binding())) {
            VirtualSmbusSegment segment = new VirtualSmbusSegment(bus.name(), bus.clockHz(), scheduler);
            segments.put(bus.name(), segment);
            return new SmbusLink(segment, bus.address(), bus.mtu());
        }
        switch (bus.binding()) {
            case BusSpec.SERIAL:
                return new SerialLink(bus.name(), bus.baud(), bus.mtu(), scheduler);
            case BusSpec.PCC:
                return new PccLink(bus.name(), bus.latency(), bus.mtu(), scheduler);
            case BusSpec.ASTLPC:
                return new AstLpcLink(bus.name(), bus.latency(), bus.mtu(), scheduler);
            default:
                throw new IllegalArgumentException(spec.source() + ": bus " + bus.name() + ": unknown binding " + bus.binding());
        }
    }

    /** The timer of a component that resets by itself (board-file {@code resets}). */
    public Optional<ResetTimer> resetTimer(String componentId) {
        return Optional.ofNullable(resetTimers.get(componentId));
    }

    public BoardSpec spec() {
        return spec;
    }

    /**
     * The platform's end of a virtual bus, to add to the platform's stack as an interface: an
     * {@code SmbusBinding} at the bus address with the bus MTU, a {@code SerialBinding} on the platform end
     * of the line, a {@code PccBinding} in the OSPM role, an {@code AstLpcBinding} in the BMC role. Once per bus.
     *
     * @throws NoSuchElementException when the board has no virtual bus of that name
     * @throws IllegalStateException  when the bus's platform end was already handed out
     */
    public Binding platformBinding(String busName) {
        return link(busName).platformBinding();
    }

    /** The virtual buses, in board-file order. */
    public List<VirtualLink> links() {
        return List.copyOf(links.values());
    }

    /** @throws NoSuchElementException when the board has no virtual bus of that name */
    public VirtualLink link(String busName) {
        VirtualLink l = links.get(busName);
        if (l == null) {
            throw new NoSuchElementException("no virtual bus '" + busName + "' on board " + spec.name() + "; buses: " + links.keySet());
        }
        return l;
    }

    /** The virtual SMBus segments, in board-file order. */
    public List<VirtualSmbusSegment> segments() {
        return List.copyOf(segments.values());
    }

    /** A virtual SMBus segment, for its statistics and hot-plug. @throws NoSuchElementException when the board has no virtual SMBus bus of that name */
    public VirtualSmbusSegment segment(String busName) {
        VirtualSmbusSegment s = segments.get(busName);
        if (s == null) {
            throw new NoSuchElementException("no virtual SMBus bus '" + busName + "' on board " + spec.name() + "; SMBus buses: " + segments.keySet());
        }
        return s;
    }

    /** The simulated components, in board-file order. */
    public List<SimComponent> components() {
        return Collections.unmodifiableList(new ArrayList<>(components.values()));
    }

    /** @throws NoSuchElementException when no simulated component has that id */
    public SimComponent component(String id) {
        return findComponent(id).orElseThrow(() -> new NoSuchElementException(
                "no simulated component '" + id + "' on board " + spec.name() + "; components: " + components.keySet()));
    }

    public Optional<SimComponent> findComponent(String id) {
        return Optional.ofNullable(components.get(id));
    }

    /** Changes the air temperature around every component (e.g. a failed fan); temperatures follow with their lag. */
    public void setAmbient(double celsius) {
        for (SimComponent c : components.values()) {
            if (c instanceof SimNvmeDrive drive) {
                drive.setAmbient(celsius);
            } else if (c instanceof SimPldmHba hba) {
                hba.setAmbient(celsius);
            } else if (c instanceof SimNic nic) {
                nic.setAmbient(celsius);
            }
        }
    }

    /** Unplugs every component and closes the media. Idempotent. */
    @Override
    public void close() {
        resetTimers.values().forEach(ResetTimer::stop);
        for (SimComponent c : components.values()) {
            c.unplug();
        }
        for (VirtualLink l : links.values()) {
            l.close();
        }
    }
}
