package org.bmcplatform.sim.board;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bmcplatform.mctp.EndpointId;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads board files (device-sim/BOARD-FILE.md). Every problem is a {@link BoardFileException} naming
 * file, line and field; nothing half-valid comes out.
 */
public final class BoardFile {
    /** Classpath location of the board the app starts on when no hardware is configured. */
    public static final String DEFAULT_RESOURCE = "boards/default-2u.yaml";
    static final int FIRST_ADDRESS = 0x08;
    static final int LAST_ADDRESS = 0x77;
    static final String ADDRESS_RANGE = "a 7-bit address (0x08..0x77)";
    static final double DEFAULT_AMBIENT_CELSIUS = 25;

    private BoardFile() {
    }

    /** Reads and checks a board file; errors name the file by its file name. */
    public static BoardSpec load(Path path) {
        String name = path.getFileName().toString();
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new BoardFileException(name, 0, "", "cannot read " + path + ": " + e.getMessage());
        }
    }

    /** The built-in default board: a 2U server with 8 NVMe drives on two SMBus segments, a host, a platform controller and a debug MCU. */
    public static BoardSpec loadDefault() {
        try (InputStream in = BoardFile.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new BoardFileException(DEFAULT_RESOURCE, 0, "", "resource missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "default-2u.yaml");
        } catch (IOException e) {
            throw new BoardFileException(DEFAULT_RESOURCE, 0, "", "cannot read: " + e.getMessage());
        }
    }

    /** Parses board-file text; {@code fileName} is used in error messages. */
    public static BoardSpec parse(String text, String fileName) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new BoardFileException(fileName, line, "", "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new BoardFileException(fileName, 0, "", "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new BoardFileException(fileName, 0, "", "the file is empty");
        }
        MappingReader doc = MappingReader.of(fileName, "", root)
                .allowOnly("board", "mctp", "environment", "buses", "components");

        MappingReader board = doc.mapping("board").allowOnly("name", "description");
        String name = board.string("name");
        String description = board.string("description", "");
        MctpSpec mctp = mctp(doc.mapping("mctp"));
        EnvironmentSpec environment = doc.optionalMapping("environment")
                .map(BoardFile::environment)
                .orElse(new EnvironmentSpec(DEFAULT_AMBIENT_CELSIUS));
        List<BusSpec> buses = BusReader.read(doc);
        ComponentReader reader = new ComponentReader(fileName, buses, environment, mctp);
        List<ComponentSpec> components = reader.read(doc);
        return new BoardSpec(fileName, name, description, mctp, environment, buses, components, reader.faultPlans(), reader.resets());
    }

    private static MctpSpec mctp(MappingReader m) {
        m.allowOnly("network", "local-eid", "dynamic-eids");
        int network = (int) m.integer("network", 1, 0xFFFF, "a network number (1..65535)");
        int local = (int) m.integer("local-eid", EndpointId.FIRST_UNICAST, EndpointId.LAST_UNICAST, "a unicast EID (8..254)");
        String range = m.string("dynamic-eids").strip();
        int dash = range.indexOf('-');
        if (dash < 0) {
            throw m.error("dynamic-eids", range + " is not an EID range; write first-last, e.g. 9-254");
        }
        var first = MappingReader.parseInteger(range.substring(0, dash));
        var last = MappingReader.parseInteger(range.substring(dash + 1));
        if (first.isEmpty() || last.isEmpty()) {
            throw m.error("dynamic-eids", range + " is not an EID range; write first-last, e.g. 9-254");
        }
        long a = first.get();
        long b = last.get();
        if (a < EndpointId.FIRST_UNICAST || b > EndpointId.LAST_UNICAST || a < 0 || b < 0) {
            throw m.error("dynamic-eids", range + " is outside the unicast EIDs (8..254)");
        }
        if (a > b) {
            throw m.error("dynamic-eids", range + " is empty: the first EID is above the last");
        }
        if (local >= a && local <= b) {
            throw m.error("dynamic-eids", range + " contains the local EID " + local);
        }
        return new MctpSpec(network, EndpointId.of(local), EndpointId.of((int) a), EndpointId.of((int) b));
    }

    private static EnvironmentSpec environment(MappingReader m) {
        m.allowOnly("ambient-celsius");
        return new EnvironmentSpec(m.number("ambient-celsius", -40, 85, DEFAULT_AMBIENT_CELSIUS));
    }
}
