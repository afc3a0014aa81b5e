package org.bmcplatform.sim.board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one YAML mapping of a board file through SnakeYAML's node API, so that every value keeps
 * its line and every error names file, line and field path.
 */
final class MappingReader {
    private final String file;
    private final String path;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private MappingReader(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                throw new BoardFileException(file, line(t.getKeyNode()), path, "keys must be plain names");
            }
            if (entries.putIfAbsent(key.getValue(), t) != null) {
                throw new BoardFileException(file, line(key), field(key.getValue()), "duplicate key");
            }
        }
    }

    /** The mapping at {@code node}; {@code path} names it in errors ({@code ""} for the document). */
    static MappingReader of(String file, String path, Node node) {
        if (!(node instanceof MappingNode)) {
            throw new BoardFileException(file, line(node), path, "expected a mapping of key: value");
        }
        return new MappingReader(file, path, node);
    }

    static int line(Node n) {
        return n.getStartMark().getLine() + 1;
    }

    String file() {
        return file;
    }

    int line() {
        return line(node);
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Fails on the first key not in {@code allowed}, listing the allowed keys. */
    MappingReader allowOnly(String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!ok.contains(e.getKey())) {
                throw new BoardFileException(file, line(e.getValue().getKeyNode()), field(e.getKey()),
                        "unknown key; allowed here: " + String.join(", ", new TreeSet<>(ok)));
            }
        }
        return this;
    }

    boolean has(String key) {
        NodeTuple t = entries.get(key);
        return t != null && !isNull(t.getValueNode());
    }

    /** The value node of a required key. */
    Node required(String key) {
        if (!has(key)) {
            NodeTuple t = entries.get(key);
            int at = t != null ? line(t.getKeyNode()) : line();
            throw new BoardFileException(file, at, field(key), "required field is missing");
        }
        return entries.get(key).getValueNode();
    }

    Optional<Node> optional(String key) {
        return has(key) ? Optional.of(entries.get(key).getValueNode()) : Optional.empty();
    }

    MappingReader mapping(String key) {
        return of(file, field(key), required(key));
    }

    Optional<MappingReader> optionalMapping(String key) {
        return optional(key).map(n -> of(file, field(key), n));
    }

    /** The items of a sequence (possibly empty); a missing key is an error when {@code required}. */
    List<Node> sequence(String key, boolean required) {
        Optional<Node> n = required ? Optional.of(required(key)) : optional(key);
        if (n.isEmpty()) {
            return List.of();
        }
        if (!(n.get() instanceof SequenceNode seq)) {
            throw error(key, "expected a list");
        }
        return new ArrayList<>(seq.getValue());
    }

    String string(String key) {
        String s = scalar(key, required(key));
        if (s.isBlank()) {
            throw error(key, "must not be empty");
        }
        return s;
    }

    String string(String key, String fallback) {
        return has(key) ? scalar(key, required(key)) : fallback;
    }

    /** An integer in decimal or 0x-hex within [min, max]; {@code what} says what it is in the error. */
    long integer(String key, long min, long max, String what) {
        String text = scalar(key, required(key));
        long v = parseInteger(text).orElseThrow(() -> error(key, text + " is not a number"));
        if (v < min || v > max) {
            throw error(key, text + " is not " + what);
        }
        return v;
    }

    long integer(String key, long min, long max, String what, long fallback) {
        return has(key) ? integer(key, min, max, what) : fallback;
    }

    double number(String key, double min, double max) {
        String text = scalar(key, required(key));
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw error(key, text + " is not a number");
        }
        if (!(v >= min && v <= max)) {
            throw error(key, text + " is out of range (" + plain(min) + ".." + plain(max) + ")");
        }
        return v;
    }

    double number(String key, double min, double max, double fallback) {
        return has(key) ? number(key, min, max) : fallback;
    }

    boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        String text = scalar(key, required(key));
        if (text.equals("true")) {
            return true;
        }
        if (text.equals("false")) {
            return false;
        }
        throw error(key, text + " is not true or false");
    }

    /** An error located at the value of {@code key} (or at the mapping when the key is absent). */
    BoardFileException error(String key, String problem) {
        NodeTuple t = entries.get(key);
        int at = t != null ? line(t.getValueNode()) : line();
        return new BoardFileException(file, at, field(key), problem);
    }

    static Optional<Long> parseInteger(String text) {
        String t = text.strip().replace("_", "");
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return Optional.of(Long.parseLong(t.substring(2), 16));
            }
            return Optional.of(Long.parseLong(t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String scalar(String key, Node value) {
        if (!(value instanceof ScalarNode s)) {
            throw error(key, "expected a single value");
        }
        return s.getValue();
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
