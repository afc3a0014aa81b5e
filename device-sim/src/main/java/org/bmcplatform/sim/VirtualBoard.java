package org.bmcplatform.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.sim.board.BoardSpec;
import org.bmcplatform.sim.board.BusSpec;
import org.bmcplatform.sim.board.ComponentSpec;
import org.bmcplatform.sim.bus.VirtualSmbusSegment;
import org.bmcplatform.sim.component.SimComponent;
import org.bmcplatform.sim.component.SimNvmeDrive;

/**
 * A running simulated machine: one {@link VirtualSmbusSegment} per virtual bus of the board file and
 * its components attached and powered (those marked {@code present}). The platform attaches its own
 * port at the bus's {@code address} and talks MCTP to the components like to real hardware.
 */
public final class VirtualBoard implements AutoCloseable {
    private final BoardSpec spec;
    private final Map<String, VirtualSmbusSegment> segments = new LinkedHashMap<>();
    private final Map<String, SimComponent> components = new LinkedHashMap<>();

    private VirtualBoard(BoardSpec spec) {
        this.spec = spec;
    }

    /**
     * Builds the segments of every virtual bus and plugs in the present components. Buses with a real
     * backend (e.g. {@code /dev/i2c-3}) and their components are left to the caller.
     */
    public static VirtualBoard start(BoardSpec spec, Scheduler scheduler) {
        VirtualBoard board = new VirtualBoard(spec);
        for (BusSpec bus : spec.buses()) {
            if (bus.isVirtual()) {
                board.segments.put(bus.name(), new VirtualSmbusSegment(bus.name(), bus.clockHz(), scheduler));
            }
        }
        for (ComponentSpec c : spec.components()) {
            VirtualSmbusSegment segment = board.segments.get(c.bus());
            if (segment == null) {
                continue;
            }
            SimNvmeDrive drive = new SimNvmeDrive(c, segment, scheduler, spec.environment().ambientCelsius());
            if (c.present()) {
                drive.plug();
            }
            board.components.put(c.id(), drive);
        }
        return board;
    }

    public BoardSpec spec() {
        return spec;
    }

    /** The virtual segments, in board-file order. */
    public List<VirtualSmbusSegment> segments() {
        return List.copyOf(segments.values());
    }

    /** @throws NoSuchElementException when the board has no virtual bus of that name */
    public VirtualSmbusSegment segment(String busName) {
        VirtualSmbusSegment s = segments.get(busName);
        if (s == null) {
            throw new NoSuchElementException("no virtual bus '" + busName + "' on board " + spec.name() + "; buses: " + segments.keySet());
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
            }
        }
    }

    /** Unplugs every component and closes the segments. Idempotent. */
    @Override
    public void close() {
        for (SimComponent c : components.values()) {
            c.unplug();
        }
        for (VirtualSmbusSegment s : segments.values()) {
            s.close();
        }
    }
}
