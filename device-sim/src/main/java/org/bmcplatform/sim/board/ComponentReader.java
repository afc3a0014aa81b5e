package org.bmcplatform.sim.board;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.bmcplatform.sim.fault.FaultPlan;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code components} list of a board file: the fields every component has, its place on its
 * bus (an address on SMBus, the one far end of a point-to-point link), and hands the kind's own fields
 * to {@link DriveReader}, {@link EndpointReader}, {@link HbaReader} or {@link NicReader}.
 */
final class ComponentReader {
    /** MT1: a responder answers within 100 ms (DSP0237 Table 9). */
    static final long TURNAROUND_MAX_US = 100_000;
    private static final Set<String> COMMON = Set.of("id", "type", "bus", "address", "slot", "identity", "turnaround-us", "present", FaultReader.KEY,
            ResetReader.KEY);

    private final String file;
    private final Map<String, BusSpec> buses = new HashMap<>();
    private final DriveReader drives;
    private final EndpointReader endpoints;
    private final HbaReader hbas;
    private final NicReader nics;
    private final Map<String, FaultPlan> faultPlans = new LinkedHashMap<>();
    private final Map<String, ResetSchedule> resets = new LinkedHashMap<>();

    ComponentReader(String file, List<BusSpec> buses, EnvironmentSpec environment, MctpSpec mctp) {
        this.file = file;
        for (BusSpec b : buses) {
            this.buses.put(b.name(), b);
        }
        this.drives = new DriveReader(file, environment);
        this.endpoints = new EndpointReader(file, mctp);
        this.hbas = new HbaReader(file, environment);
        this.nics = new NicReader(file, environment);
    }

    List<ComponentSpec> read(MappingReader doc) {
        List<Node> items = doc.sequence("components", true);
        List<ComponentSpec> components = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<UUID> uuids = new HashSet<>();
        Map<String, Set<Integer>> used = new HashMap<>();
        Map<String, String> linkTaken = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            MappingReader c = MappingReader.of(file, "components[" + i + "]", items.get(i));
            String type = c.string("type");
            if (!ComponentSpec.TYPES.contains(type)) {
                throw c.error("type", "'" + type + "' is not a component type (" + String.join(", ", new TreeSet<>(ComponentSpec.TYPES)) + ")");
            }
            String id = c.string("id");
            if (!id.matches("[a-z][a-z0-9-]*")) {
                throw c.error("id", "'" + id + "' is not an id (lower-case letters, digits and '-', starting with a letter)");
            }
            if (!ids.add(id)) {
                throw c.error("id", "duplicate component id '" + id + "'");
            }
            String busName = c.string("bus");
            BusSpec bus = buses.get(busName);
            if (bus == null) {
                throw c.error("bus", "unknown bus '" + busName + "'; buses: " + String.join(", ", new TreeSet<>(buses.keySet())));
            }
            if (type.equals(ComponentSpec.NVME_DRIVE) && bus.isPointToPoint()) {
                throw c.error("bus", "an nvme-drive sits on an smbus bus (its NVMe-MI endpoint is on the SMBus sideband); "
                        + busName + " is " + bus.binding());
            }
            Set<String> allowed = new HashSet<>(COMMON);
            allowed.addAll(type.equals(ComponentSpec.NVME_DRIVE) ? DriveReader.KEYS
                    : type.equals(ComponentSpec.PLDM_HBA) ? HbaReader.KEYS
                    : type.equals(ComponentSpec.NCSI_NIC) ? NicReader.KEYS : EndpointReader.KEYS);
            c.allowOnly(allowed.toArray(new String[0]));
            int address = address(c, bus, used);
            if (bus.isPointToPoint()) {
                String other = linkTaken.putIfAbsent(busName, id);
                if (other != null) {
                    throw c.error("bus", busName + " is a point-to-point " + bus.binding() + " link and already has '" + other
                            + "' at its far end");
                }
            }
            Duration turnaround = c.has("turnaround-us")
                    ? Duration.ofNanos(1000 * c.integer("turnaround-us", 0, TURNAROUND_MAX_US, "a turnaround in µs (0..100000, DSP0237 MT1)"))
                    : ComponentSpec.DEFAULT_TURNAROUND;
            boolean present = c.bool("present", true);
            String slot = c.string("slot", "");
            Placement at = new Placement(id, busName, address, slot, turnaround, present);
            ComponentSpec spec;
            if (type.equals(ComponentSpec.NVME_DRIVE)) {
                spec = drives.read(c, at);
            } else if (type.equals(ComponentSpec.PLDM_HBA)) {
                spec = hbas.read(c, at, bus);
            } else if (type.equals(ComponentSpec.NCSI_NIC)) {
                spec = nics.read(c, at, bus);
            } else {
                spec = endpoints.read(c, at, bus);
            }
            if (spec instanceof NvmeDriveSpec d && d.mi() && d.basicManagement().isPresent()) {
                claim(c, "basic-management", bus, d.basicManagement().get().address(), used);
            }
            if (!uuids.add(spec.uuid())) {
                throw c.mapping("identity").error("uuid", "duplicate UUID " + spec.uuid());
            }
            FaultPlan plan = FaultReader.read(c, id);
            if (!plan.isEmpty()) {
                faultPlans.put(id, plan);
            }
            ResetReader.read(c).ifPresent(r -> resets.put(id, r));
            components.add(spec);
        }
        return components;
    }

    /** The fault plans read by {@link #read}, by component id; components without faults are absent. */
    Map<String, FaultPlan> faultPlans() {
        return faultPlans;
    }

    /** The reset schedules read by {@link #read}, by component id; components that never reset are absent. */
    Map<String, ResetSchedule> resets() {
        return resets;
    }

    private int address(MappingReader c, BusSpec bus, Map<String, Set<Integer>> used) {
        if (bus.isPointToPoint()) {
            if (c.has("address")) {
                throw c.error("address", bus.name() + " is a point-to-point " + bus.binding()
                        + " link: its far end has no address; remove the field");
            }
            return BusSpec.NO_ADDRESS;
        }
        int address = (int) c.integer("address", BoardFile.FIRST_ADDRESS, BoardFile.LAST_ADDRESS, BoardFile.ADDRESS_RANGE);
        claim(c, "address", bus, address, used);
        return address;
    }

    /** Takes an address on the bus for the component, or fails naming the field: the platform's own, or taken. */
    private static void claim(MappingReader c, String field, BusSpec bus, int address, Map<String, Set<Integer>> used) {
        if (address == bus.address()) {
            throw c.error(field, String.format("0x%02x is the platform's own address on %s", address, bus.name()));
        }
        if (!used.computeIfAbsent(bus.name(), k -> new HashSet<>()).add(address)) {
            throw c.error(field, String.format("0x%02x is already used on %s", address, bus.name()));
        }
    }

    /** The fields every component has, read and checked. */
    record Placement(String id, String bus, int address, String slot, Duration turnaround, boolean present) {
    }

    /** A UUID in 8-4-4-4-12 form. */
    static UUID uuid(MappingReader m) {
        String text = m.string("uuid");
        try {
            if (!text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw m.error("uuid", text + " is not a UUID (8-4-4-4-12 hex digits)");
        }
    }

    /** Printable ASCII of at most {@code max} characters. */
    static String ascii(MappingReader m, String key, int max) {
        String s = m.string(key);
        if (!s.matches("[\\x20-\\x7e]*")) {
            throw m.error(key, "'" + s + "' must be printable ASCII");
        }
        if (s.length() > max) {
            throw m.error(key, "'" + s + "' is longer than " + max + " characters");
        }
        return s;
    }
}
