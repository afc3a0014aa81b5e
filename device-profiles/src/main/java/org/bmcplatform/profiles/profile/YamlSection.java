package org.bmcplatform.profiles.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A YAML mapping read through SnakeYAML's node API, so every error carries its line and field path. */
final class YamlSection {
    private final String path;
    private final int line;
    private final Map<String, Node> entries = new LinkedHashMap<>();

    private YamlSection(String path, Node node) {
        this.path = path;
        this.line = line(node);
        if (!(node instanceof MappingNode mapping)) {
            throw new ProfileFormatException(line, path.isEmpty() ? "(document)" : path, "expected a mapping of keys to values");
        }
        for (NodeTuple t : mapping.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                throw new ProfileFormatException(line(t.getKeyNode()), path, "keys must be plain words");
            }
            if (entries.put(key.getValue(), t.getValueNode()) != null) {
                throw new ProfileFormatException(line(key), field(key.getValue()), "appears twice");
            }
        }
    }

    static YamlSection of(String path, Node node) {
        return new YamlSection(path, node);
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    int line() {
        return line;
    }

    void allowOnly(Set<String> keys) {
        for (Map.Entry<String, Node> e : entries.entrySet()) {
            if (!keys.contains(e.getKey())) {
                throw new ProfileFormatException(line(e.getValue()), field(e.getKey()), "unknown key; allowed here: " + keys);
            }
        }
    }

    Optional<Node> node(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    Node requiredNode(String key) {
        Node n = entries.get(key);
        if (n == null) {
            throw new ProfileFormatException(line, field(key), "is required");
        }
        return n;
    }

    String string(String key) {
        return scalar(requiredNode(key), field(key));
    }

    Optional<String> optionalString(String key) {
        return node(key).map(n -> scalar(n, field(key)));
    }

    Optional<YamlSection> optionalSection(String key) {
        return node(key).map(n -> new YamlSection(field(key), n));
    }

    /** A sequence; absent means empty. */
    List<Node> list(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) {
            return List.of();
        }
        if (!(n.get() instanceof SequenceNode seq)) {
            throw new ProfileFormatException(line(n.get()), field(key), "expected a list");
        }
        return new ArrayList<>(seq.getValue());
    }

    Map<String, Node> entries() {
        return entries;
    }

    static String scalar(Node n, String field) {
        if (!(n instanceof ScalarNode s)) {
            throw new ProfileFormatException(line(n), field, "expected a single value");
        }
        return s.getValue().strip();
    }
}
