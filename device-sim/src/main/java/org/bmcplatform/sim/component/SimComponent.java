package org.bmcplatform.sim.component;

import org.bmcplatform.sim.board.ComponentSpec;
import org.bmcplatform.sim.fault.FaultInjector;

/** A simulated component on a virtual bus, with hot-plug. */
public interface SimComponent {

    /** What the board file says of it. */
    ComponentSpec spec();

    /** The board-unique id from the board file, e.g. {@code nvme0}. */
    default String id() {
        return spec().id();
    }

    /** The bus it sits on. */
    default String busName() {
        return spec().bus();
    }

    /** Its 7-bit address on an SMBus bus; {@link org.bmcplatform.sim.board.BusSpec#NO_ADDRESS} on a point-to-point link. */
    default int address() {
        return spec().address();
    }

    /** Where a person finds it, e.g. {@code Bay 0}. */
    default String slot() {
        return spec().slot();
    }

    /** Whether it is plugged in (attached to its bus and answering). */
    boolean present();

    /** Pulls it out: it detaches from the bus (its address is NACKed) and loses power. Idempotent. */
    void unplug();

    /** Plugs it in: power-on with a fresh MCTP stack (EID 0 again), same identity. Idempotent. */
    void plug();

    /**
     * Its fault plan and what the plan did: applied to every reply it sends through a
     * {@link org.bmcplatform.sim.fault.FaultBinding} on its side of the medium; kept across hot-plug.
     */
    FaultInjector faults();
}
