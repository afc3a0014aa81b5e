package org.bmcplatform.sim.board;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.bmcplatform.sim.fault.FaultPlan;

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
 * @param faults      the fault plans of the components that have a {@code faults} list, by component id
 * @param resets      the reset schedules of the components that have a {@code resets} entry, by component id
 */
public record BoardSpec(String source, String name, String description, MctpSpec mctp, EnvironmentSpec environment,
                        List<BusSpec> buses, List<ComponentSpec> components, Map<String, FaultPlan> faults,
                        Map<String, ResetSchedule> resets) {

    public BoardSpec {
        buses = List.copyOf(buses);
        components = List.copyOf(components);
        faults = Map.copyOf(faults);
        resets = Map.copyOf(resets);
    }

    /** A board whose components have no faults and never reset by themselves. */
    public BoardSpec(String source, String name, String description, MctpSpec mctp, EnvironmentSpec environment,
                     List<BusSpec> buses, List<ComponentSpec> components) {
        this(source, name, description, mctp, environment, buses, components, Map.of(), Map.of());
    }

    /** How component {@code id} resets by itself, if the board file says it does. */
    public Optional<ResetSchedule> resets(String id) {
        return Optional.ofNullable(resets.get(id));
    }

    /** The fault plan the board file gives component {@code id}; {@link FaultPlan#NONE} when it gives none. */
    public FaultPlan faults(String id) {
        return faults.getOrDefault(id, FaultPlan.NONE);
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

    /** The NVMe drive with that id. @throws NoSuchElementException when there is none */
    public NvmeDriveSpec drive(String id) {
        return drives().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no nvme-drive '" + id + "' on board " + name));
    }

    /** The MCTP endpoint with that id. @throws NoSuchElementException when there is none */
    public MctpEndpointSpec endpoint(String id) {
        return endpoints().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no mctp-endpoint '" + id + "' on board " + name));
    }

    /** The NVMe drives, in file order. */
    public List<NvmeDriveSpec> drives() {
        return components.stream().filter(NvmeDriveSpec.class::isInstance).map(NvmeDriveSpec.class::cast).toList();
    }

    /** The generic MCTP endpoints, in file order. */
    public List<MctpEndpointSpec> endpoints() {
        return components.stream().filter(MctpEndpointSpec.class::isInstance).map(MctpEndpointSpec.class::cast).toList();
    }

    /** The PLDM HBA with that id. @throws NoSuchElementException when there is none */
    public PldmHbaSpec hba(String id) {
        return hbas().stream().filter(h -> h.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no pldm-hba '" + id + "' on board " + name));
    }

    /** The PLDM HBAs, in file order. */
    public List<PldmHbaSpec> hbas() {
        return components.stream().filter(PldmHbaSpec.class::isInstance).map(PldmHbaSpec.class::cast).toList();
    }

    /** The NC-SI NIC with that id. @throws NoSuchElementException when there is none */
    public NcsiNicSpec nic(String id) {
        return nics().stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no ncsi-nic '" + id + "' on board " + name));
    }

    /** The NC-SI NICs, in file order. */
    public List<NcsiNicSpec> nics() {
        return components.stream().filter(NcsiNicSpec.class::isInstance).map(NcsiNicSpec.class::cast).toList();
    }

    /** The components on one bus, in file order. */
    public List<ComponentSpec> componentsOn(String busName) {
        return components.stream().filter(c -> c.bus().equals(busName)).toList();
    }
}
