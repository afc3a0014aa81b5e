package org.bmcplatform.sim.board;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bmcplatform.profiles.ncsi.SpeedDuplex;
import org.bmcplatform.sim.thermal.ThermalParameters;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the fields of an {@code ncsi-nic}: identity (FRU strings, Get Version ID firmware name and
 * version, PCI IDs, IANA), NC-SI package ID, the 2-4 ports (speed, link, transceiver, link flap), the
 * vendor variants, the ASIC thermal model and the seed.
 */
final class NicReader {
    static final Set<String> KEYS = Set.of("package-id", "ports", "variant", "thermal", "seed");
    static final String[] IDENTITY_KEYS = {"manufacturer", "model", "serial", "firmware", "part-number", "firmware-name",
        "iana", "vendor-id", "device-id", "subsystem-vendor-id", "subsystem-id", "uuid"};
    static final String[] PORT_KEYS = {"port", "speed", "link", "transceiver", "link-flap"};
    /** NIC ASICs are specified to about 105 °C junction: warn at 95, critical at 105; a small heatsink makes them quick. */
    static final ThermalReader.Defaults NIC_DEFAULTS = new ThermalReader.Defaults(95, 105, 60);
    static final int FIELD_MAX = 63;
    static final int FIRMWARE_MAX = 32;
    static final int FIRMWARE_NAME_MAX = 12;
    static final double FLAP_PERIOD_MAX_S = 86_400;
    /** Board-file speeds and the Link Status speed/duplex code each reports (full duplex; device-protocols.md §1.5). */
    static final Map<String, SpeedDuplex> SPEEDS = speeds();

    private final String file;
    private final EnvironmentSpec environment;

    NicReader(String file, EnvironmentSpec environment) {
        this.file = file;
        this.environment = environment;
    }

    private static Map<String, SpeedDuplex> speeds() {
        Map<String, SpeedDuplex> m = new LinkedHashMap<>();
        m.put("10M", SpeedDuplex.BASE_T_10_FULL);
        m.put("100M", SpeedDuplex.BASE_TX_100_FULL);
        m.put("1G", SpeedDuplex.BASE_T_1000_FULL);
        m.put("2.5G", SpeedDuplex.GBPS_2_5);
        m.put("10G", SpeedDuplex.BASE_T_10G);
        m.put("20G", SpeedDuplex.GBPS_20);
        m.put("25G", SpeedDuplex.GBPS_25);
        m.put("40G", SpeedDuplex.GBPS_40);
        m.put("50G", SpeedDuplex.GBPS_50);
        m.put("100G", SpeedDuplex.GBPS_100);
        return m;
    }

    NcsiNicSpec read(MappingReader c, ComponentReader.Placement at, BusSpec bus) {
        if (bus.role() == BusSpec.Role.ENDPOINT) {
            throw c.error("bus", "an ncsi-nic waits for Set Endpoint ID from the bus owner, but on " + bus.name()
                    + " (role endpoint) the component owns the link; use a bus where the platform is the bus owner");
        }
        NcsiNicSpec.Identity identity = identity(c.mapping("identity"));
        int packageId = (int) c.integer("package-id", 0, NcsiNicSpec.MAX_PACKAGE_ID, "an NC-SI package ID (0..7)", 0);
        List<NicPortSpec> ports = ports(c);
        Set<NicVariant> variants = variants(c);
        ThermalParameters thermal = ThermalReader.read(c.mapping("thermal"), environment, NIC_DEFAULTS);
        long seed = c.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE, "a seed", at.id().hashCode());
        return new NcsiNicSpec(at.id(), at.bus(), at.address(), at.slot(), identity, packageId, ports, variants, thermal,
                at.turnaround(), at.present(), seed);
    }

    private static NcsiNicSpec.Identity identity(MappingReader m) {
        m.allowOnly(IDENTITY_KEYS);
        String firmware = ComponentReader.ascii(m, "firmware", FIRMWARE_MAX);
        long firmwareVersion = firmwareVersion(firmware)
                .orElseThrow(() -> m.error("firmware", "'" + firmware + "' is not a firmware version Get Version ID can carry:"
                        + " 1 to 4 dot-separated numbers 0..255, e.g. 22.31.10.14"));
        String name = m.has("firmware-name") ? ComponentReader.ascii(m, "firmware-name", FIRMWARE_NAME_MAX)
                : firmware.substring(0, Math.min(FIRMWARE_NAME_MAX, firmware.length()));
        return new NcsiNicSpec.Identity(ComponentReader.ascii(m, "manufacturer", FIELD_MAX), ComponentReader.ascii(m, "model", FIELD_MAX),
                ComponentReader.ascii(m, "serial", FIELD_MAX), firmware, ComponentReader.ascii(m, "part-number", FIELD_MAX), name,
                m.integer("iana", 0, 0xFFFF_FFFFL, "an IANA enterprise number (0..0xffffffff)"),
                pciId(m, "vendor-id"), pciId(m, "device-id"), pciId(m, "subsystem-vendor-id"), pciId(m, "subsystem-id"),
                firmwareVersion, ComponentReader.uuid(m));
    }

    private static int pciId(MappingReader m, String key) {
        return (int) m.integer(key, 0, 0xFFFF, "a PCI ID (0x0000..0xffff)");
    }

    /** {@code 22.31.10.14} → 0x161f0a0e; fewer numbers fill the high bytes first ({@code 7.2} → 0x07020000). */
    static Optional<Long> firmwareVersion(String text) {
        if (!text.matches("\\d{1,3}(\\.\\d{1,3}){0,3}")) {
            return Optional.empty();
        }
        String[] parts = text.split("\\.");
        long v = 0;
        for (int i = 0; i < 4; i++) {
            int b = i < parts.length ? Integer.parseInt(parts[i]) : 0;
            if (b > 255) {
                return Optional.empty();
            }
            v = v << 8 | b;
        }
        return Optional.of(v);
    }

    private List<NicPortSpec> ports(MappingReader c) {
        List<Node> items = c.sequence("ports", true);
        if (items.size() < NcsiNicSpec.MIN_PORTS || items.size() > NcsiNicSpec.MAX_PORTS) {
            throw c.error("ports", items.size() + " port(s); an ncsi-nic has " + NcsiNicSpec.MIN_PORTS + " to "
                    + NcsiNicSpec.MAX_PORTS);
        }
        List<NicPortSpec> ports = new ArrayList<>();
        Map<Integer, Integer> taken = new HashMap<>();
        int last = items.size() - 1;
        for (int i = 0; i < items.size(); i++) {
            MappingReader p = MappingReader.of(file, c.field("ports") + "[" + i + "]", items.get(i)).allowOnly(PORT_KEYS);
            int port = (int) p.integer("port", 0, last, "a port of a " + items.size() + "-port NIC (0.." + last + ")");
            Integer other = taken.putIfAbsent(port, i);
            if (other != null) {
                throw p.error("port", "port " + port + " is already ports[" + other + "]");
            }
            String speedText = p.string("speed");
            SpeedDuplex speed = SPEEDS.get(speedText);
            if (speed == null) {
                throw p.error("speed", "'" + speedText + "' is not a port speed (" + String.join(", ", SPEEDS.keySet()) + ")");
            }
            String link = p.string("link", "up");
            if (!link.equals("up") && !link.equals("down")) {
                throw p.error("link", "'" + link + "' is not a link state (up or down)");
            }
            Optional<NicPortSpec.LinkFlap> flap = p.optionalMapping("link-flap").map(f -> flap(f));
            if (flap.isPresent() && link.equals("down")) {
                throw p.error("link-flap", "port " + port + " starts with its link down; only a link that is up can flap");
            }
            ports.add(new NicPortSpec(port, speed, link.equals("up"), p.bool("transceiver", true), flap));
        }
        ports.sort((a, b) -> Integer.compare(a.port(), b.port()));
        return ports;
    }

    private static NicPortSpec.LinkFlap flap(MappingReader f) {
        f.allowOnly("period-s", "down-s");
        double period = f.number("period-s", 1, FLAP_PERIOD_MAX_S);
        double down = f.number("down-s", 0.001, FLAP_PERIOD_MAX_S);
        if (down >= period) {
            throw f.error("down-s", ThermalReader.plain(down) + " is not shorter than period-s " + ThermalReader.plain(period));
        }
        return new NicPortSpec.LinkFlap(Duration.ofMillis(Math.round(period * 1000)), Duration.ofMillis(Math.round(down * 1000)));
    }

    /** {@code variant: ib-mode} or {@code variant: [ib-mode, padded-firmware-name]}. */
    private static Set<NicVariant> variants(MappingReader c) {
        Optional<Node> node = c.optional("variant");
        if (node.isEmpty()) {
            return Set.of();
        }
        List<Node> items = node.get() instanceof SequenceNode seq ? seq.getValue() : List.of(node.get());
        Set<NicVariant> variants = EnumSet.noneOf(NicVariant.class);
        for (Node item : items) {
            if (!(item instanceof ScalarNode s)) {
                throw c.error("variant", "expected a variant name or a list of them");
            }
            NicVariant v = NicVariant.ofKey(s.getValue()).orElseThrow(() -> c.error("variant", "'" + s.getValue()
                    + "' is not a NIC variant (" + String.join(", ", java.util.Arrays.stream(NicVariant.values()).map(NicVariant::key).toList()) + ")"));
            if (!variants.add(v)) {
                throw c.error("variant", "'" + v.key() + "' is listed twice");
            }
        }
        return variants;
    }
}
