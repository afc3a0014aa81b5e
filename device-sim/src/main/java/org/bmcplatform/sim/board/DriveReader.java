package org.bmcplatform.sim.board;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bmcplatform.sim.thermal.ThermalParameters;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the fields of an {@code nvme-drive}: identity, thermal model, quirks, wear, seed. */
final class DriveReader {
    static final Set<String> KEYS = Set.of("thermal", "quirks", "percentage-used", "seed");
    /** Identify Controller field widths (NVMe Base 2.0 Figure 275: SN 20, MN 40, FR 8 bytes). */
    static final int SERIAL_MAX = 20;
    static final int MODEL_MAX = 40;
    static final int FIRMWARE_MAX = 8;
    /** An IPMI FRU type/length byte holds at most 63 bytes (IPMI FRU spec §13). */
    static final int FRU_FIELD_MAX = 63;

    private final String file;
    private final EnvironmentSpec environment;

    DriveReader(String file, EnvironmentSpec environment) {
        this.file = file;
        this.environment = environment;
    }

    NvmeDriveSpec read(MappingReader c, ComponentReader.Placement at) {
        IdentitySpec identity = identity(c.mapping("identity"));
        ThermalParameters thermal = ThermalReader.read(c.mapping("thermal"), environment, ThermalReader.Defaults.NVME);
        Set<String> quirks = quirks(c);
        double used = c.number("percentage-used", 0, 255, 0);
        long seed = c.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE, "a seed", at.id().hashCode());
        return new NvmeDriveSpec(at.id(), at.bus(), at.address(), at.slot(), identity, thermal, quirks, at.turnaround(),
                at.present(), used, seed);
    }

    private IdentitySpec identity(MappingReader m) {
        m.allowOnly("manufacturer", "model", "serial", "firmware", "part-number", "vendor-id", "uuid");
        String manufacturer = ComponentReader.ascii(m, "manufacturer", FRU_FIELD_MAX);
        String model = ComponentReader.ascii(m, "model", MODEL_MAX);
        String serial = ComponentReader.ascii(m, "serial", SERIAL_MAX);
        String firmware = ComponentReader.ascii(m, "firmware", FIRMWARE_MAX);
        String partNumber = ComponentReader.ascii(m, "part-number", FRU_FIELD_MAX);
        int vendorId = (int) m.integer("vendor-id", 0, 0xFFFF, "a PCI vendor ID (0x0000..0xffff)");
        return new IdentitySpec(manufacturer, model, serial, firmware, partNumber, vendorId, ComponentReader.uuid(m));
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
            if (!NvmeDriveSpec.KNOWN_QUIRKS.contains(s.getValue())) {
                throw new BoardFileException(file, MappingReader.line(n), field, "unknown quirk '" + s.getValue()
                        + "'; known: " + String.join(", ", new TreeSet<>(NvmeDriveSpec.KNOWN_QUIRKS)));
            }
            quirks.add(s.getValue());
        }
        return quirks;
    }
}
