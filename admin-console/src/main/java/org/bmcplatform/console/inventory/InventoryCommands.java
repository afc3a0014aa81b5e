package org.bmcplatform.console.inventory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.bmcplatform.console.output.KeyValueBlock;
import org.bmcplatform.console.output.Table;
import org.bmcplatform.console.output.Units;
import org.bmcplatform.console.platform.PlatformClient;
import org.bmcplatform.console.shell.CommandFailure;
import org.bmcplatform.console.shell.FailureExitStatus;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code components [--class NIC]} and {@code component <id>}: the inventory with assets and latest health; a NIC
 * with its ports, an HBA with the drives behind it, a drive behind an HBA with its HBA and slot.
 */
@Component
public class InventoryCommands {

    private static final ParameterizedTypeReference<List<ComponentView>> COMPONENTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<ComponentView> COMPONENT = new ParameterizedTypeReference<>() {
    };
    /** Asset keys shown first, in this order, with their labels (DESIGN.md: Identification keys). */
    private static final Map<String, String> ASSET_LABELS = Map.of(
            "manufacturer", "Manufacturer", "model", "Model", "serialNumber", "Serial number",
            "firmwareRevision", "Firmware", "partNumber", "Part number", "vendorId", "Vendor id",
            "productName", "Product name");
    private static final List<String> ASSET_ORDER = List.of(
            "manufacturer", "model", "serialNumber", "firmwareRevision", "partNumber", "vendorId", "productName");

    /** The component classes the platform knows (DESIGN.md: GET /api/components?class=). */
    static final List<String> CLASSES = List.of("DRIVE", "NIC", "HBA", "UNKNOWN");

    private final PlatformClient platform;

    public InventoryCommands(PlatformClient platform) {
        this.platform = platform;
    }

    @Command(name = "components", group = "Inventory", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "List the components with location, state, serial number and temperature",
            help = "components [--class DRIVE|NIC|HBA|UNKNOWN]\n"
                    + "  one row per component; the ID column is what `component <id>` and `readings <id>` take\n"
                    + "  e.g. components --class nic")
    public String components(@Option(longName = "class", description = "only this class: DRIVE, NIC, HBA or UNKNOWN (any case)")
                             String componentClass) {
        String wanted = componentClass(componentClass);
        List<ComponentView> components = platform.get("/api/components", wanted == null ? Map.of() : Map.of("class", wanted), COMPONENTS);
        if (components.isEmpty() && wanted != null) {
            return "No " + wanted + " components; `components` lists them all.";
        }
        return renderList(components);
    }

    /** The class in upper case, or null for all; another word is a usage error naming the classes. */
    static String componentClass(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String wanted = raw.strip().toUpperCase(Locale.ROOT);
        if (!CLASSES.contains(wanted)) {
            throw CommandFailure.usage("'" + raw.strip() + "' is not a component class: give one of " + String.join(", ", CLASSES));
        }
        return wanted;
    }

    @Command(name = "component", group = "Inventory", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            completionProvider = ComponentIdCompletion.BEAN,
            description = "Show one component: location, endpoint, assets, health and sensors",
            help = "component <id>\n  e.g. component 3  (ids are listed by `components`)")
    public String component(@Argument(index = 0, description = "component id, as listed by `components`") String id) {
        long componentId = ComponentId.parse(id, "component");
        ComponentView c = platform.get("/api/components/" + componentId, COMPONENT);
        ComponentView parent = c.parentId() == null ? null : platform.get("/api/components/" + c.parentId(), COMPONENT);
        List<ComponentView> drives = "HBA".equals(c.componentClass())
                ? platform.get("/api/components", Map.of("parent", c.id()), COMPONENTS) : List.of();
        return renderOne(c, parent, drives);
    }

    static String renderList(List<ComponentView> components) {
        if (components.isEmpty()) {
            return "No components yet: run `discover` to scan the buses.";
        }
        Table table = Table.create()
                .numberColumn("ID").column("NAME").column("CLASS").column("LOCATION").column("STATE")
                .numberColumn("EID").column("SERIAL").column("MODEL").column("FIRMWARE").column("HEALTH")
                .numberColumn("TEMP");
        for (ComponentView c : components) {
            table.row(c.id(), c.name(), c.componentClass(), location(c.location()), c.state(),
                    c.endpoint() == null ? null : c.endpoint().eid(), c.asset("serialNumber"), c.asset("model"),
                    c.asset("firmwareRevision"), c.health() == null ? null : c.health().status(),
                    c.health() == null ? null : Units.celsius(c.health().temperatureCelsius()));
        }
        return table.renderCounted("component");
    }

    static String renderOne(ComponentView c) {
        return renderOne(c, null, List.of());
    }

    /** {@code parent}: the HBA a drive is behind (else null); {@code drives}: an HBA's drives. */
    static String renderOne(ComponentView c, ComponentView parent, List<ComponentView> drives) {
        KeyValueBlock block = KeyValueBlock.create()
                .put("Id", c.id())
                .put("Name", c.name())
                .put("Class", c.componentClass())
                .put("Profile", c.profile())
                .put("UUID", c.uuid())
                .put("State", c.state())
                .put("Location", location(c.location()))
                .put("Endpoint", c.endpoint() == null ? null
                        : "network " + c.endpoint().network() + ", EID " + c.endpoint().eid());
        if (parent != null) {
            block.put("Behind", parent.componentClass().toLowerCase(Locale.ROOT) + " " + parent.name() + " (component "
                    + parent.id() + (parent.location() == null || parent.location().slot() == null ? "" : ", " + parent.location().slot())
                    + "), slot " + slotOn(c, parent));
        } else if (c.parentId() != null) {
            block.put("Behind", "component " + c.parentId() + " (reported by it)");
        }
        ComponentView.Health h = c.health();
        block.put("Health", h == null ? null : h.status())
                .put("Temperature", h == null ? null : Units.celsius(h.temperatureCelsius()))
                .put("Percentage used", h == null || h.percentageUsed() == null ? null : Units.value(h.percentageUsed(), "%"))
                .put("Read at", h == null ? null : Units.instant(h.readAt()));
        if (h != null && h.warnings() != null && !h.warnings().isEmpty()) {
            block.put("Warnings", String.join("; ", h.warnings()));
        }
        if (c.assets() != null && !c.assets().isEmpty()) {
            block.section("Assets", renderAssets(c.assets()));
        }
        if (c.sensors() != null && !c.sensors().isEmpty()) {
            Table sensors = Table.create().column("SENSOR").numberColumn("VALUE").column("READ AT");
            for (ComponentView.Sensor s : c.sensors()) {
                sensors.row(s.sensor(), Units.value(s.value(), s.unit()), Units.instant(s.readAt()));
            }
            block.section("Sensors", sensors.render());
        }
        if (c.ports() != null && !c.ports().isEmpty()) {
            Table ports = Table.create().numberColumn("PORT").column("LINK").column("SPEED").column("DUPLEX")
                    .column("AUTONEG").column("SINCE").column("DETAIL");
            for (ComponentView.Port p : c.ports()) {
                ports.row(p.port(), p.link(), speed(p.speedMbps()), p.duplex(),
                        p.autonegotiation() == null ? null : (p.autonegotiation() ? "yes" : "no"), Units.instant(p.since()),
                        p.detail());
            }
            block.section("Ports", ports.render() + "link history: `port history " + c.id() + " <port>`\n");
            if (c.ports().stream().anyMatch(p -> p.counters() != null)) {
                block.section("Port counters", counters(c.ports()));
            }
        }
        if (!drives.isEmpty()) {
            Table table = Table.create().numberColumn("ID").column("SLOT").column("NAME").column("STATE").column("HEALTH")
                    .numberColumn("TEMP").column("SERIAL").column("MODEL");
            // shorter first, so drive2 comes before drive10
            drives.stream().sorted(Comparator.comparing((ComponentView d) -> slotOn(d, c).length())
                            .thenComparing(d -> slotOn(d, c)).thenComparing(ComponentView::id))
                    .forEach(d -> table.row(d.id(), slotOn(d, c), d.name(), d.state(),
                            d.health() == null ? null : d.health().status(),
                            d.health() == null ? null : Units.celsius(d.health().temperatureCelsius()),
                            d.asset("serialNumber"), d.asset("model")));
            block.section("Drives", table.renderCounted("drive"));
        } else if ("HBA".equals(c.componentClass())) {
            block.put("Drives", "none reported");
        }
        return block.render().stripTrailing();
    }

    /** Packets and errors per port as the NIC counts them since its last reset; DROPPED is excessive-collision drops. */
    static String counters(List<ComponentView.Port> ports) {
        Table table = Table.create().numberColumn("PORT").numberColumn("RX PACKETS").numberColumn("TX PACKETS")
                .numberColumn("FCS ERR").numberColumn("ALIGN").numberColumn("RUNT").numberColumn("JABBER")
                .numberColumn("DROPPED").column("READ AT");
        for (ComponentView.Port p : ports) {
            ComponentView.Counters k = p.counters();
            if (k != null) {
                table.row(p.port(), k.rxPackets(), k.txPackets(), k.rxFcsErrors(), k.rxAlignmentErrors(), k.rxRuntPackets(),
                        k.rxJabberPackets(), k.txExcessiveCollisions(), Units.instant(k.readAt()));
            }
        }
        return table.render();
    }

    /**
     * A drive's slot on the HBA that reports it: the platform writes it "<HBA slot> / <drive slot>"
     * ("PCIe slot 3 / drive1" is drive1); without that prefix the whole slot, or the name.
     */
    static String slotOn(ComponentView child, ComponentView parent) {
        String slot = child.location() == null ? null : child.location().slot();
        if (slot == null || slot.isBlank()) {
            return child.name();
        }
        String parentSlot = parent.location() == null ? null : parent.location().slot();
        String prefix = parentSlot == null ? null : parentSlot + " / ";
        return prefix != null && slot.startsWith(prefix) ? slot.substring(prefix.length()) : slot;
    }

    /** {@code 25 Gb/s}, {@code 100 Mb/s}; nothing without link. */
    static String speed(Long mbps) {
        if (mbps == null || mbps <= 0) {
            return null;
        }
        return mbps % 1000 == 0 ? mbps / 1000 + " Gb/s" : mbps >= 1000 ? (mbps / 1000.0) + " Gb/s" : mbps + " Mb/s";
    }

    private static String renderAssets(Map<String, String> assets) {
        KeyValueBlock block = KeyValueBlock.create();
        for (String key : ASSET_ORDER) {
            if (assets.containsKey(key)) {
                block.put(ASSET_LABELS.get(key), assets.get(key));
            }
        }
        new TreeMap<>(assets).forEach((key, value) -> {
            if (!ASSET_LABELS.containsKey(key)) {
                block.put(key, value);
            }
        });
        return block.render();
    }

    static String location(ComponentView.Location l) {
        if (l == null) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        if (l.bus() != null) {
            s.append(l.bus());
        }
        if (l.address() != null) {
            s.append('@').append(Units.address(l.address()));
        }
        if (l.slot() != null && !l.slot().isBlank()) {
            s.append(s.length() > 0 ? " " : "").append('(').append(l.slot()).append(')');
        }
        return s.toString();
    }
}
