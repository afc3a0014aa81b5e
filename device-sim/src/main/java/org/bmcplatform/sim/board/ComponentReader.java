package org.bmcplatform.sim.board;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.bmcplatform.sim.thermal.ThermalParameters;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the {@code components} list of a board file and checks it against the buses. */
final class ComponentReader {
    /** Identify Controller field widths (NVMe Base 2.0 Figure 275: SN 20, MN 40, FR 8 bytes). */
    static final int SERIAL_MAX = 20;
    static final int MODEL_MAX = 40;
    static final int FIRMWARE_MAX = 8;
    /** An IPMI FRU type/length byte holds at most 63 bytes (IPMI FRU spec §13). */
    static final int FRU_FIELD_MAX = 63;
    /** MT1: a responder answers within 100 ms (DSP0237 Table 9). */
    static final long TURNAROUND_MAX_US = 100_000;

    private final String file;
    private final Map<String, BusSpec> buses = new HashMap<>();
    private final EnvironmentSpec environment;

    ComponentReader(String file, List<BusSpec> buses, EnvironmentSpec environment) {
        this.file = file;
        this.environment = environment;
        for (BusSpec b : buses) {
            this.buses.put(b.name(), b);
        }
    }

    List<ComponentSpec> read(MappingReader doc) {
        List<Node> items = doc.sequence("components", true);
        List<ComponentSpec> components = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<UUID> uuids = new HashSet<>();
        Map<String, Set<Integer>> used = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            MappingReader c = MappingReader.of(file, "components[" + i + "]", items.get(i))
                    .allowOnly("id", "type", "bus", "address", "slot", "identity", "thermal", "quirks",
                            "turnaround-us", "present", "percentage-used", "seed");
            String id = c.string("id");
            if (!id.matches("[a-z][a-z0-9-]*")) {
                throw c.error("id", "'" + id + "' is not an id (lower-case letters, digits and '-', starting with a letter)");
            }
            if (!ids.add(id)) {
                throw c.error("id", "duplicate component id '" + id + "'");
            }
            String type = c.string("type");
            if (!type.equals(ComponentSpec.NVME_DRIVE)) {
                throw c.error("type", "'" + type + "' is not a component type (" + ComponentSpec.NVME_DRIVE + ")");
            }
            String busName = c.string("bus");
            BusSpec bus = buses.get(busName);
            if (bus == null) {
                throw c.error("bus", "unknown bus '" + busName + "'; buses: " + String.join(", ", new TreeSet<>(buses.keySet())));
            }
            int address = (int) c.integer("address", BoardFile.FIRST_ADDRESS, BoardFile.LAST_ADDRESS, BoardFile.ADDRESS_RANGE);
            if (address == bus.address()) {
                throw c.error("address", String.format("0x%02x is the platform's own address on %s", address, busName));
            }
            if (!used.computeIfAbsent(busName, k -> new HashSet<>()).add(address)) {
                throw c.error("address", String.format("0x%02x is already used on %s", address, busName));
            }
            String slot = c.string("slot", "");
            IdentitySpec identity = identity(c.mapping("identity"));
            if (!uuids.add(identity.uuid())) {
                throw c.mapping("identity").error("uuid", "duplicate UUID " + identity.uuid());
            }
            ThermalParameters thermal = thermal(c.mapping("thermal"));
            Set<String> quirks = quirks(c);
            Duration turnaround = c.has("turnaround-us")
                    ? Duration.ofNanos(1000 * c.integer("turnaround-us", 0, TURNAROUND_MAX_US, "a turnaround in µs (0..100000, DSP0237 MT1)"))
                    : ComponentSpec.DEFAULT_TURNAROUND;
            boolean present = c.bool("present", true);
            double used0 = c.number("percentage-used", 0, 255, 0);
            long seed = c.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE, "a seed", id.hashCode());
            components.add(new ComponentSpec(id, type, busName, address, slot, identity, thermal, quirks, turnaround,
                    present, used0, seed));
        }
        return components;
    }

    private IdentitySpec identity(MappingReader m) {
        m.allowOnly("manufacturer", "model", "serial", "firmware", "part-number", "vendor-id", "uuid");
        String manufacturer = ascii(m, "manufacturer", FRU_FIELD_MAX);
        String model = ascii(m, "model", MODEL_MAX);
        String serial = ascii(m, "serial", SERIAL_MAX);
        String firmware = ascii(m, "firmware", FIRMWARE_MAX);
        String partNumber = ascii(m, "part-number", FRU_FIELD_MAX);
        int vendorId = (int) m.integer("vendor-id", 0, 0xFFFF, "a PCI vendor ID (0x0000..0xffff)");
        String uuidText = m.string("uuid");
        UUID uuid;
        try {
            if (!uuidText.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
                throw new IllegalArgumentException();
            }
            uuid = UUID.fromString(uuidText);
        } catch (IllegalArgumentException e) {
            throw m.error("uuid", uuidText + " is not a UUID (8-4-4-4-12 hex digits)");
        }
        return new IdentitySpec(manufacturer, model, serial, firmware, partNumber, vendorId, uuid);
    }

    private ThermalParameters thermal(MappingReader m) {
        m.allowOnly("idle-celsius", "load-celsius", "warning-celsius", "critical-celsius", "time-constant-s");
        double idle = m.number("idle-celsius", -40, 125);
        if (idle < environment.ambientCelsius()) {
            throw m.error("idle-celsius", plain(idle) + " is below the ambient " + plain(environment.ambientCelsius()) + " °C");
        }
        double load = m.number("load-celsius", -40, 125);
        if (load < idle) {
            throw m.error("load-celsius", plain(load) + " is below idle-celsius " + plain(idle));
        }
        double warning = m.number("warning-celsius", -40, 125, ThermalParameters.DEFAULT_WARNING_CELSIUS);
        double critical = m.number("critical-celsius", -40, 125, ThermalParameters.DEFAULT_CRITICAL_CELSIUS);
        if (critical < warning) {
            throw m.error("critical-celsius", plain(critical) + " is below warning-celsius " + plain(warning));
        }
        double tau = m.number("time-constant-s", 1, 3600, ThermalParameters.DEFAULT_TIME_CONSTANT.toSeconds());
        return new ThermalParameters(idle, load, warning, critical, Duration.ofMillis(Math.round(tau * 1000)));
    }

    private Set<String> quirks(MappingReader c) {
        Set<String> quirks = new LinkedHashSet<>();
        List<Node> items = c.sequence("quirks", false);
        for (int q = 0; q < items.size(); q++) {
            Node n = items.get(q);
            String field = c.field("quirks") + "[" + q + "]";
            if (!(n instanceof ScalarNode s)) {
                throw new BoardFileException(file, MappingReader.line(n), field, "expected a quirk name");
            }
            if (!ComponentSpec.KNOWN_QUIRKS.contains(s.getValue())) {
                throw new BoardFileException(file, MappingReader.line(n), field, "unknown quirk '" + s.getValue()
                        + "'; known: " + String.join(", ", new TreeSet<>(ComponentSpec.KNOWN_QUIRKS)));
            }
            quirks.add(s.getValue());
        }
        return quirks;
    }

    private static String ascii(MappingReader m, String key, int max) {
        String s = m.string(key);
        if (!s.matches("[\\x20-\\x7e]*")) {
            throw m.error(key, "'" + s + "' must be printable ASCII");
        }
        if (s.length() > max) {
            throw m.error(key, "'" + s + "' is longer than " + max + " characters");
        }
        return s;
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
