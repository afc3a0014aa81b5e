package org.bmcplatform.sim.board;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bmcplatform.mctp.binding.BindingSpec;
import org.bmcplatform.mctp.binding.pcc.PccBinding;
import org.bmcplatform.mctp.binding.pcc.PccHeader;
import org.bmcplatform.mctp.binding.pcc.PccMailbox;
import org.bmcplatform.mctp.binding.serial.SerialBinding;
import org.bmcplatform.mctp.binding.serial.SerialPortSettings;
import org.bmcplatform.mctp.binding.smbus.SmbusBinding;
import org.bmcplatform.mctp.binding.smbus.linux.I2cDevSettings;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code buses} list of a board file: binding, backend spec string (checked against the
 * binding: scheme, path, options), MTU, the platform's role, and the SMBus-only clock and address.
 */
final class BusReader {
    /** SCL clocks of SMBus 3.x: standard, fast, fast plus. */
    static final Set<Integer> CLOCKS_KHZ = Set.of(100, 400, 1000);

    /**
     * What each binding accepts: backend schemes with their options, and the largest MTU.
     *
     * @param schemes backend scheme → allowed option names
     * @param maxMtu  the largest packet the framing carries (SMBus byte count 255 → 254-byte packet; serial
     *                byte count → 255; PCC by the largest shared memory; astlpc by the window, checked by the binding)
     */
    private record Rules(Map<String, Set<String>> schemes, int maxMtu) {
    }

    /** The largest shared memory a {@code pcc-file} subspace may have ({@code PccFile}: 16 MiB). */
    static final int MAX_PCC_FILE_SIZE = 1 << 24;
    /** The largest MTU of the virtual PCC mailbox: its 4096-byte subspaces less the PCC header. */
    static final int VIRTUAL_PCC_MAX_MTU = PccMailbox.DEFAULT_SHARED_MEMORY_SIZE - PccHeader.LENGTH;

    private static final Map<String, Rules> RULES = Map.of(
            BusSpec.SMBUS, new Rules(schemes(BusSpec.VIRTUAL, Set.of(), "i2c", Set.of("address", "mqueue", "force")),
                    SmbusBinding.MAX_MTU),
            BusSpec.SERIAL, new Rules(schemes(BusSpec.VIRTUAL, Set.of(BusSpec.BAUD), "serial", SerialPortSettings.OPTIONS),
                    SerialBinding.MAX_MTU),
            BusSpec.PCC, new Rules(schemes(BusSpec.VIRTUAL, Set.of(BusSpec.LATENCY_US),
                    "pcc-file", Set.of("size", "role", "poll-us", "initiator", "responder"),
                    "pcc", Set.of("tx", "rx", "poll-us", "mem")), MAX_PCC_FILE_SIZE - PccHeader.LENGTH),
            BusSpec.ASTLPC, new Rules(schemes(BusSpec.VIRTUAL, Set.of(BusSpec.LATENCY_US),
                    "astlpc", Set.of("lpc", "mtu", "versions", "role"),
                    "astlpc-file", Set.of("role", "poll-us", "size", "mtu", "versions")), 0xFFFF));
    private BusReader() {
    }

    private static Map<String, Set<String>> schemes(Object... schemeThenOptions) {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < schemeThenOptions.length; i += 2) {
            @SuppressWarnings("unchecked")
            Set<String> options = (Set<String>) schemeThenOptions[i + 1];
            m.put((String) schemeThenOptions[i], options);
        }
        return m;
    }

    static List<BusSpec> read(MappingReader doc) {
        List<Node> items = doc.sequence("buses", true);
        if (items.isEmpty()) {
            throw doc.error("buses", "a board needs at least one bus");
        }
        List<BusSpec> buses = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            MappingReader b = MappingReader.of(doc.file(), "buses[" + i + "]", items.get(i))
                    .allowOnly("name", "binding", "backend", "mtu", "role", "clock-khz", "address", "basic-management");
            String name = b.string("name");
            if (!name.matches("[A-Za-z0-9_.-]+")) {
                throw b.error("name", "'" + name + "' is not a bus name (letters, digits, '_', '.', '-')");
            }
            if (!names.add(name)) {
                throw b.error("name", "duplicate bus name '" + name + "'");
            }
            buses.add(bus(b, name));
        }
        return buses;
    }

    private static BusSpec bus(MappingReader b, String name) {
        String binding = b.string("binding", BusSpec.SMBUS);
        Rules rules = RULES.get(binding);
        if (rules == null) {
            throw b.error("binding", "'" + binding + "' is not a binding (" + String.join(", ", new TreeSet<>(RULES.keySet())) + ")");
        }
        BindingSpec backend = backend(b, binding, rules);
        int mtu = (int) b.integer("mtu", BusSpec.DEFAULT_MTU, rules.maxMtu(),
                "an MTU for " + binding + " (" + BusSpec.DEFAULT_MTU + ".." + rules.maxMtu() + " bytes, header included)",
                BusSpec.DEFAULT_MTU);
        checkMtu(b, backend, binding, mtu);
        BusSpec.Role role = role(b, binding);
        if (!binding.equals(BusSpec.SMBUS)) {
            for (String smbusOnly : List.of("clock-khz", "address", "basic-management")) {
                if (b.has(smbusOnly)) {
                    throw b.error(smbusOnly, "only smbus buses have " + (smbusOnly.equals("address") ? "an address"
                            : smbusOnly.equals("clock-khz") ? "a clock" : "basic-management drives")
                            + "; a " + binding + " link is point-to-point: remove the field");
                }
            }
            return new BusSpec(name, binding, backend, mtu, role, 0, BusSpec.NO_ADDRESS);
        }
        long khz = b.integer("clock-khz", 1, Integer.MAX_VALUE / 1000, "an SMBus clock (100, 400 or 1000 kHz)");
        if (!CLOCKS_KHZ.contains((int) khz)) {
            throw b.error("clock-khz", khz + " is not an SMBus clock (100, 400 or 1000 kHz)");
        }
        int address = (int) b.integer("address", BoardFile.FIRST_ADDRESS, BoardFile.LAST_ADDRESS, BoardFile.ADDRESS_RANGE);
        return new BusSpec(name, binding, backend, mtu, role, (int) khz * 1000, address, basicManagement(b, address));
    }

    /**
     * {@code basic-management: [0x6a, {address: 0x6b, pec: false}]}: the addresses where the platform reads the
     * NVMe Basic Management Command (NVMe-MI 1.2 Appendix A); an entry is an address (the read takes the PEC) or
     * a mapping with {@code address} and {@code pec}.
     */
    private static List<BasicManagementSpec> basicManagement(MappingReader b, int platformAddress) {
        List<BasicManagementSpec> list = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        List<Node> items = b.sequence("basic-management", false);
        for (int i = 0; i < items.size(); i++) {
            String field = b.field("basic-management") + "[" + i + "]";
            Node n = items.get(i);
            int address;
            boolean pec;
            if (n instanceof ScalarNode scalar) {
                address = basicAddress(b.file(), MappingReader.line(n), field, scalar.getValue());
                pec = true;
            } else {
                MappingReader entry = MappingReader.of(b.file(), field, n).allowOnly("address", "pec");
                address = (int) entry.integer("address", BoardFile.FIRST_ADDRESS, BoardFile.LAST_ADDRESS, BoardFile.ADDRESS_RANGE);
                pec = entry.bool("pec", true);
            }
            if (address == platformAddress) {
                throw new BoardFileException(b.file(), MappingReader.line(n), field,
                        String.format("0x%02x is the platform's own address on this bus", address));
            }
            if (!seen.add(address)) {
                throw new BoardFileException(b.file(), MappingReader.line(n), field,
                        String.format("0x%02x is listed twice", address));
            }
            list.add(new BasicManagementSpec(address, pec));
        }
        return list;
    }

    private static int basicAddress(String file, int line, String field, String text) {
        long v = MappingReader.parseInteger(text).orElseThrow(() -> new BoardFileException(file, line, field,
                "'" + text + "' is not an address; write 0x6a or {address: 0x6a, pec: false}"));
        if (v < BoardFile.FIRST_ADDRESS || v > BoardFile.LAST_ADDRESS) {
            throw new BoardFileException(file, line, field, text + " is not " + BoardFile.ADDRESS_RANGE);
        }
        return (int) v;
    }

    private static BindingSpec backend(MappingReader b, String binding, Rules rules) {
        String text = b.string("backend", BusSpec.VIRTUAL);
        String allowed = String.join(", ", rules.schemes().keySet());
        BindingSpec spec;
        try {
            spec = BindingSpec.parse(text);
        } catch (IllegalArgumentException e) {
            throw b.error("backend", e.getMessage() + (text.startsWith("/") ? "; write the scheme first, e.g. i2c:" + text.strip() : ""));
        }
        Set<String> options = rules.schemes().get(spec.scheme());
        if (options == null) {
            throw b.error("backend", "scheme '" + spec.scheme() + "' does not fit binding " + binding + "; use " + allowed);
        }
        if (spec.isVirtual() && !spec.path().isEmpty()) {
            String example = exampleOption(binding);
            throw b.error("backend", "'virtual' takes no path" + (example.isEmpty() ? "" : ", only options (e.g. virtual?" + example + ")"));
        }
        if (!spec.isVirtual() && spec.path().isEmpty()) {
            throw b.error("backend", "'" + spec.scheme() + "' needs a device path, e.g. " + example(spec.scheme()));
        }
        try {
            spec.onlyOptions(options);
            checkOptions(spec, b, binding);
        } catch (IllegalArgumentException e) {
            throw b.error("backend", e.getMessage());
        }
        return spec;
    }

    /**
     * The typed options the board file can check before anything is opened, as the backends read them
     * (I2cDevSettings, SerialPortSettings, PccFile, PccHardware); the platform is the bus owner, the OSPM
     * and the BMC side, so a {@code role} or {@code address} option must agree.
     */
    private static void checkOptions(BindingSpec spec, MappingReader b, String binding) {
        switch (spec.scheme()) {
            case BusSpec.VIRTUAL:
                if (binding.equals(BusSpec.SERIAL)) {
                    spec.intOption(BusSpec.BAUD, BusSpec.DEFAULT_BAUD, BusSpec.MIN_BAUD, BusSpec.MAX_BAUD);
                } else if (!binding.equals(BusSpec.SMBUS)) {
                    spec.intOption(BusSpec.LATENCY_US, 0, 0, BusSpec.MAX_LATENCY_US);
                }
                break;
            case "i2c": {
                int busAddress = (int) b.integer("address", BoardFile.FIRST_ADDRESS, BoardFile.LAST_ADDRESS, BoardFile.ADDRESS_RANGE);
                I2cDevSettings.parse(spec, busAddress);
                if (spec.intOption("address", busAddress, 0, 0x7F) != busAddress) {
                    throw new IllegalArgumentException("backend option 'address' differs from the bus's address field;"
                            + " give the platform's address once, in 'address'");
                }
                break;
            }
            case "serial":
                SerialPortSettings.fromSpec(spec);
                break;
            case "pcc-file":
                spec.intOption("size", 4096, PccBinding.MIN_SHARED_MEMORY, MAX_PCC_FILE_SIZE);
                spec.choiceOption("role", "ospm", Set.of("ospm"));
                spec.intOption("poll-us", 1000, 1, 10_000_000);
                spec.intOption("initiator", PccMailbox.DEFAULT_INITIATOR_ID, 0, 255);
                spec.intOption("responder", PccMailbox.DEFAULT_RESPONDER_ID, 0, 255);
                break;
            case "pcc":
                for (String id : List.of("tx", "rx")) {
                    if (spec.option(id).isEmpty()) {
                        throw new IllegalArgumentException("backend option '" + id + "' is required: the PCCT id of the "
                                + (id.equals("tx") ? "type 3 (initiator)" : "type 4 (responder)")
                                + " subspace, e.g. pcc:/sys/firmware/acpi/tables/PCCT?tx=2&rx=3");
                    }
                    spec.intOption(id, 0, 0, 255);
                }
                spec.intOption("poll-us", 1000, 1, 10_000_000);
                break;
            default:
                spec.choiceOption("role", "bmc", Set.of("bmc"));
                break;
        }
    }

    private static void checkMtu(MappingReader b, BindingSpec spec, String binding, int mtu) {
        int limit = 0;
        String why = "";
        if (binding.equals(BusSpec.PCC) && spec.isVirtual()) {
            limit = VIRTUAL_PCC_MAX_MTU;
            why = "the virtual PCC mailbox has " + PccMailbox.DEFAULT_SHARED_MEMORY_SIZE + "-byte subspaces";
        } else if (spec.scheme().equals("pcc-file")) {
            limit = spec.intOption("size", 4096, 0, MAX_PCC_FILE_SIZE) - PccHeader.LENGTH;
            why = "the subspaces have size=" + (limit + PccHeader.LENGTH) + " bytes";
        }
        if (limit > 0 && mtu > limit) {
            throw b.error("mtu", mtu + " does not fit: " + why + ", so the MTU is at most " + limit
                    + " (less the " + PccHeader.LENGTH + "-byte PCC header)");
        }
    }

    private static BusSpec.Role role(MappingReader b, String binding) {
        String word = b.string("role", BusSpec.Role.BUS_OWNER.label());
        for (BusSpec.Role r : BusSpec.Role.values()) {
            if (r.label().equals(word)) {
                if (r != BusSpec.Role.BUS_OWNER && !binding.equals(BusSpec.SERIAL)) {
                    throw b.error("role", "'" + word + "': on " + binding + " the platform is always the bus owner ("
                            + sideOf(binding) + "); only serial links take role endpoint");
                }
                return r;
            }
        }
        throw b.error("role", "'" + word + "' is not a role (bus-owner, endpoint)");
    }

    private static String sideOf(String binding) {
        switch (binding) {
            case BusSpec.PCC:
                return "it is the OSPM side of the PCC subspace";
            case BusSpec.ASTLPC:
                return "it is the BMC side of the LPC channel";
            default:
                return "it owns the SMBus segment";
        }
    }

    private static String exampleOption(String binding) {
        switch (binding) {
            case BusSpec.SERIAL:
                return "baud=115200";
            case BusSpec.PCC:
            case BusSpec.ASTLPC:
                return "latency-us=20";
            default:
                return "";
        }
    }

    private static String example(String scheme) {
        switch (scheme) {
            case "i2c":
                return "i2c:/dev/i2c-3";
            case "serial":
                return "serial:/dev/ttyUSB0?baud=115200";
            case "pcc-file":
                return "pcc-file:/run/bmc/pcc0?size=4096";
            case "pcc":
                return "pcc:/sys/firmware/acpi/tables/PCCT?tx=2&rx=3";
            case "astlpc":
                return "astlpc:/dev/raw-kcs3?lpc=/dev/aspeed-lpc-ctrl";
            default:
                return "astlpc-file:/run/bmc/lpc.bin";
        }
    }
}
