package org.bmcplatform.sim.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bmcplatform.sim.thermal.ThermalParameters;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the fields of a {@code pldm-hba}: identity, controller thermal model and sensor resolution,
 * the 4-8 drives behind it (slot, identity, capacity, optional thermal model, presence) and the seed.
 */
final class HbaReader {
    static final Set<String> KEYS = Set.of("thermal", "temperature-resolution", "drives", "seed");
    static final String[] DRIVE_KEYS = {"slot", "manufacturer", "model", "serial", "firmware", "capacity-gb", "thermal", "present"};
    /** An HBA's ROC is specified to about 105 °C (Broadcom SAS39xx class parts): warn at 95, critical at 105. */
    static final ThermalReader.Defaults HBA_DEFAULTS = new ThermalReader.Defaults(95, 105, 120);
    /** Hard drives are specified to 60 °C: warn at 55, critical at 60; a drive's mass makes it slow. */
    static final ThermalReader.Defaults HDD_DEFAULTS = new ThermalReader.Defaults(55, 60, 300);
    /** Without a thermal mapping a drive idles at 35 °C (or the ambient, when warmer) and runs 10 °C warmer under load. */
    static final double HDD_IDLE_CELSIUS = 35;
    static final double HDD_LOAD_RISE = 10;
    /** Field widths: ATA IDENTIFY model 40, serial 20, firmware 8 characters; other FRU strings like an IPMI FRU field. */
    static final int MODEL_MAX = 40;
    static final int SERIAL_MAX = 20;
    static final int DRIVE_FIRMWARE_MAX = 8;
    static final int FIELD_MAX = 63;
    static final int HBA_FIRMWARE_MAX = 32;
    static final long CAPACITY_MAX_GB = 1_000_000;

    private final String file;
    private final EnvironmentSpec environment;

    HbaReader(String file, EnvironmentSpec environment) {
        this.file = file;
        this.environment = environment;
    }

    PldmHbaSpec read(MappingReader c, ComponentReader.Placement at, BusSpec bus) {
        if (bus.role() == BusSpec.Role.ENDPOINT) {
            throw c.error("bus", "a pldm-hba waits for Set Endpoint ID from the bus owner, but on " + bus.name()
                    + " (role endpoint) the component owns the link; use a bus where the platform is the bus owner");
        }
        PldmHbaSpec.Identity identity = identity(c.mapping("identity"));
        ThermalParameters thermal = ThermalReader.read(c.mapping("thermal"), environment, HBA_DEFAULTS);
        double resolution = c.number("temperature-resolution", 0.5, 1, 1);
        if (!PldmHbaSpec.RESOLUTIONS.contains(resolution)) {
            throw c.error("temperature-resolution", ThermalReader.plain(resolution) + " is not a sensor resolution (1 or 0.5 °C)");
        }
        List<HbaDriveSpec> drives = drives(c);
        long seed = c.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE, "a seed", at.id().hashCode());
        return new PldmHbaSpec(at.id(), at.bus(), at.address(), at.slot(), identity, thermal, resolution, drives,
                at.turnaround(), at.present(), seed);
    }

    private static PldmHbaSpec.Identity identity(MappingReader m) {
        m.allowOnly("manufacturer", "model", "serial", "firmware", "part-number", "uuid");
        return new PldmHbaSpec.Identity(ComponentReader.ascii(m, "manufacturer", FIELD_MAX), ComponentReader.ascii(m, "model", FIELD_MAX),
                ComponentReader.ascii(m, "serial", FIELD_MAX), ComponentReader.ascii(m, "firmware", HBA_FIRMWARE_MAX),
                ComponentReader.ascii(m, "part-number", FIELD_MAX), ComponentReader.uuid(m));
    }

    private List<HbaDriveSpec> drives(MappingReader c) {
        List<Node> items = c.sequence("drives", true);
        if (items.size() < PldmHbaSpec.MIN_DRIVES || items.size() > PldmHbaSpec.MAX_DRIVES) {
            throw c.error("drives", items.size() + " drive(s); a pldm-hba carries " + PldmHbaSpec.MIN_DRIVES + " to "
                    + PldmHbaSpec.MAX_DRIVES);
        }
        List<HbaDriveSpec> drives = new ArrayList<>();
        Map<Integer, Integer> slots = new HashMap<>();
        Map<String, Integer> serials = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            MappingReader d = MappingReader.of(file, c.field("drives") + "[" + i + "]", items.get(i)).allowOnly(DRIVE_KEYS);
            int slot = (int) d.integer("slot", 0, HbaDriveSpec.MAX_SLOT, "a drive slot (0.." + HbaDriveSpec.MAX_SLOT + ")");
            Integer other = slots.putIfAbsent(slot, i);
            if (other != null) {
                throw d.error("slot", "slot " + slot + " is already taken by drives[" + other + "]");
            }
            String manufacturer = d.has("manufacturer") ? ComponentReader.ascii(d, "manufacturer", FIELD_MAX) : "";
            String model = ComponentReader.ascii(d, "model", MODEL_MAX);
            String serial = ComponentReader.ascii(d, "serial", SERIAL_MAX);
            other = serials.putIfAbsent(serial, i);
            if (other != null) {
                throw d.error("serial", "serial " + serial + " is already the serial of drives[" + other + "]");
            }
            String firmware = ComponentReader.ascii(d, "firmware", DRIVE_FIRMWARE_MAX);
            long capacity = d.integer("capacity-gb", 1, CAPACITY_MAX_GB, "a capacity in GB (1.." + CAPACITY_MAX_GB + ")", 0);
            ThermalParameters thermal = d.has("thermal")
                    ? ThermalReader.read(d.mapping("thermal"), environment, HDD_DEFAULTS)
                    : defaultDriveThermal();
            drives.add(new HbaDriveSpec(slot, manufacturer, model, serial, firmware, capacity, thermal, d.bool("present", true)));
        }
        drives.sort((a, b) -> Integer.compare(a.slot(), b.slot()));
        return drives;
    }

    private ThermalParameters defaultDriveThermal() {
        double idle = Math.max(HDD_IDLE_CELSIUS, environment.ambientCelsius());
        double load = Math.min(125, idle + HDD_LOAD_RISE);
        double warning = Math.max(HDD_DEFAULTS.warningCelsius(), load);
        return new ThermalParameters(idle, load, warning, Math.max(HDD_DEFAULTS.criticalCelsius(), warning),
                java.time.Duration.ofSeconds((long) HDD_DEFAULTS.timeConstantSeconds()));
    }
}
