package org.bmcplatform.sim.board;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bmcplatform.sim.thermal.ThermalParameters;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the fields of an {@code nvme-drive}: identity, thermal model, quirks, wear, seed, and how it is managed
 * (NVMe-MI over MCTP, the Basic Management Command, or both).
 */
final class DriveReader {
    static final Set<String> KEYS = Set.of("thermal", "quirks", "percentage-used", "seed", "mi", "basic-management", "pec");
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
        boolean mi = c.bool("mi", true);
        return new NvmeDriveSpec(at.id(), at.bus(), at.address(), at.slot(), identity, thermal, quirks, at.turnaround(),
                at.present(), used, seed, mi, basicManagement(c, at, mi));
    }

    /**
     * {@code mi: false}: basic management only, at the drive's address; {@code basic-management: 0x6a}: at that
     * address besides the MI endpoint; {@code pec: false}: its blocks carry no PEC.
     */
    private Optional<BasicManagementSpec> basicManagement(MappingReader c, ComponentReader.Placement at, boolean mi) {
        if (!mi) {
            if (c.has("basic-management")) {
                throw c.error("basic-management", "a drive without NVMe-MI (mi: false) answers basic management at its"
                        + " address; remove the field");
            }
            return Optional.of(new BasicManagementSpec(at.address(), c.bool("pec", true)));
        }
        if (!c.has("basic-management")) {
            if (c.has("pec")) {
                throw c.error("pec", "pec applies to the Basic Management Command; add basic-management: 0x6a (or mi: false)");
            }
            return Optional.empty();
        }
        int address = (int) c.integer("basic-management", BoardFile.FIRST_ADDRESS, BoardFile.LAST_ADDRESS, BoardFile.ADDRESS_RANGE);
        if (address == at.address()) {
            throw c.error("basic-management", String.format("0x%02x is the drive's NVMe-MI endpoint address; basic management"
                    + " answers at an address of its own (usually 0x6a), or write mi: false for a drive without MI", address));
        }
        return Optional.of(new BasicManagementSpec(address, c.bool("pec", true)));
    }

    private IdentitySpec identity(MappingReader m) {
        m.allowOnly("manufacturer", "model", "serial", "firmware", "part-number", "vendor-id", "uuid");
        String manufacturer = vpdText(m, "manufacturer", FRU_FIELD_MAX);
        String model = vpdText(m, "model", MODEL_MAX);
        String serial = vpdText(m, "serial", SERIAL_MAX);
        String firmware = vpdText(m, "firmware", FIRMWARE_MAX);
        String partNumber = vpdText(m, "part-number", FRU_FIELD_MAX);
        int vendorId = (int) m.integer("vendor-id", 0, 0xFFFF, "a PCI vendor ID (0x0000..0xffff)");
        return new IdentitySpec(manufacturer, model, serial, firmware, partNumber, vendorId, ComponentReader.uuid(m));
    }

    /**
     * A field the drive also reports in its VPD's IPMI FRU product area (IPMI FRU 1.3 §13): an 8-bit ASCII field of
     * one character would have type/length byte 0xC1, the end-of-fields marker, so it cannot be stored.
     */
    private static String vpdText(MappingReader m, String key, int max) {
        String s = ComponentReader.ascii(m, key, max);
        if (s.length() == 1) {
            throw m.error(key, "'" + s + "' is one character; the drive's VPD (IPMI FRU) cannot store that (type/length "
                    + "0xC1 marks the end of the fields): give two or more characters");
        }
        return s;
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
