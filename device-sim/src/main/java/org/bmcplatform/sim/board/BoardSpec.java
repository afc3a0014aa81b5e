package org.bmcplatform.sim.board;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A machine as a board file describes it (docs/DESIGN.md "Board file"; device-sim/BOARD-FILE.md).
 * Built by {@link BoardFile}, which has already checked every cross-reference.
 *
 * @param source      the file it was read from (for messages)
 * @param name        board name
 * @param description one line for people
 * @param mctp        the platform's MCTP network, own EID and dynamic EID pool
 * @param environment ambient conditions
 * @param buses       the buses, in file order
 * @param components  the components, in file order
 */
public record BoardSpec(String source, String name, String description, MctpSpec mctp, EnvironmentSpec environment,
                        List<BusSpec> buses, List<ComponentSpec> components) {

    public BoardSpec {
        buses = List.copyOf(buses);
        components = List.copyOf(components);
    }

    public Optional<BusSpec> findBus(String busName) {
        return buses.stream().filter(b -> b.name().equals(busName)).findFirst();
    }

    public BusSpec bus(String busName) {
        return findBus(busName).orElseThrow(() -> new NoSuchElementException("no bus '" + busName + "' on board " + name));
    }

    public Optional<ComponentSpec> findComponent(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The components on one bus, in file order. */
    public List<ComponentSpec> componentsOn(String busName) {
        return components.stream().filter(c -> c.bus().equals(busName)).toList();
    }
}
