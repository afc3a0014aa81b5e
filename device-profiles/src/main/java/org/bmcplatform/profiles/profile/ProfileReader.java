package org.bmcplatform.profiles.profile;

import java.io.Reader;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.bmcplatform.mctp.MessageType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one profile file (format in PROFILES.md) into a {@link DeviceProfile}. */
final class ProfileReader {
    static final Duration MIN_INTERVAL = Duration.ofMillis(100);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._/-]*");
    private static final Set<String> TOP = Set.of("id", "name", "class", "match", "identification", "poll-interval",
            "vpd-chunk-size", "sensors", "health", "quirks", "contained", "ports");

    private ProfileReader() {
    }

    /** @throws ProfileFormatException naming line and field */
    static DeviceProfile read(Reader text, String source) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(text);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            throw new ProfileFormatException(line, "(yaml)", e.getProblem());
        } catch (YAMLException e) {
            throw new ProfileFormatException(1, "(yaml)", e.getMessage());
        }
        if (root == null) {
            throw new ProfileFormatException(1, "(document)", "the file is empty");
        }
        YamlSection top = YamlSection.of("", root);
        top.allowOnly(TOP);
        String id = top.string("id");
        if (!ID.matcher(id).matches()) {
            throw new ProfileFormatException(YamlSection.line(top.requiredNode("id")), "id",
                    "use lower-case letters, digits and . _ / - (e.g. nvme/acme-ssd)");
        }
        Duration pollInterval = top.optionalString("poll-interval")
                .map(s -> duration(s, YamlSection.line(top.requiredNode("poll-interval")), "poll-interval"))
                .orElse(Duration.ofSeconds(1));
        int chunk = top.optionalString("vpd-chunk-size")
                .map(s -> integer(s, top, "vpd-chunk-size", DeviceProfile.MIN_VPD_CHUNK, DeviceProfile.MAX_VPD_CHUNK))
                .orElse(DeviceProfile.DEFAULT_VPD_CHUNK);
        List<SensorSpec> sensors = sensors(top, pollInterval);
        MatchRule match = match(top);
        List<IdentificationStep> identification = identification(top);
        HealthRules health = health(top, sensors);
        checkTransport(top, match.basicManagement(), identification, sensors, health);
        return new DeviceProfile(id, top.string("name"), componentClass(top, "class"), match, sensors, pollInterval,
                quirks(top), identification, health, chunk, contained(top, pollInterval),
                top.optionalSection("ports").map(ProfileReader::ports), source);
    }

    /**
     * A basic-management profile reads only the Basic Management Command (SMBus block reads): its steps, sources
     * and conditions are the basic ones, and it has no contained components or ports; an MCTP profile uses none of
     * them.
     */
    private static void checkTransport(YamlSection top, boolean basic, List<IdentificationStep> steps, List<SensorSpec> sensors,
                                       HealthRules health) {
        String kind = basic ? "a basic-management profile (match: {basic-management: true})" : "an MCTP profile";
        List<Node> stepNodes = top.list("identification");
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).isBasicManagement() != basic) {
                throw new ProfileFormatException(YamlSection.line(stepNodes.get(i)), "identification[" + i + "]",
                        "step '" + steps.get(i).yamlName() + "' does not fit " + kind
                                + (basic ? "; it identifies with basic-identity only" : "; basic-identity reads the Basic Management Command"));
            }
        }
        List<Node> sensorNodes = top.list("sensors");
        for (int i = 0; i < sensors.size(); i++) {
            if (sensors.get(i).source().isBasicManagement() != basic) {
                throw new ProfileFormatException(YamlSection.line(sensorNodes.get(i)), "sensors[" + i + "].source",
                        "source '" + sensors.get(i).source().yamlName() + "' does not fit " + kind
                                + (basic ? "; use basic.composite-temperature, basic.percentage-used or basic.critical-warnings"
                                        : "; basic.* sources are read with the Basic Management Command"));
            }
        }
        for (HealthCondition c : health.conditions().keySet()) {
            if (basic ? !c.appliesToBasicManagement() : !c.appliesToNvmeMi()) {
                Node n = top.optionalSection("health").flatMap(h -> h.optionalSection("conditions"))
                        .map(YamlSection::entries).map(e -> e.get(c.yamlName())).orElse(null);
                throw new ProfileFormatException(n == null ? 1 : YamlSection.line(n), "health.conditions." + c.yamlName(),
                        "condition '" + c.yamlName() + "' does not fit " + kind + " (" + (basic
                                ? "the Basic Management status block has no controller status"
                                : "only the Basic Management status block reports drive not ready") + ")");
            }
        }
        if (basic) {
            for (String key : List.of("contained", "ports")) {
                if (top.node(key).isPresent()) {
                    throw new ProfileFormatException(YamlSection.line(top.requiredNode(key)), key,
                            "a basic-management profile has no " + key + "; remove the field");
                }
            }
        }
    }

    private static ComponentClass componentClass(YamlSection s, String key) {
        String c = s.string(key);
        for (ComponentClass k : ComponentClass.values()) {
            if (k.yamlName().equals(c)) {
                return k;
            }
        }
        throw new ProfileFormatException(YamlSection.line(s.requiredNode(key)), s.field(key),
                "'" + c + "' is not one of drive, nic, hba, unknown");
    }

    /** {@code ports: {source: ncsi.link-status, package: 0, channels: auto | N, statistics: {interval: 30s}}}. */
    private static PortsSpec ports(YamlSection p) {
        p.allowOnly(Set.of("source", "package", "channels", "statistics"));
        String source = p.string("source");
        if (!"ncsi.link-status".equals(source)) {
            throw new ProfileFormatException(YamlSection.line(p.requiredNode("source")), p.field("source"),
                    "'" + source + "' is not a port source; known: ncsi.link-status");
        }
        int pkg = p.optionalString("package").map(v -> integer(v, p, "package", 0, 7)).orElse(0);
        OptionalInt channels = p.optionalString("channels").filter(v -> !"auto".equals(v))
                .map(v -> OptionalInt.of(integer(v, p, "channels", 1, PortsSpec.MAX_CHANNELS))).orElse(OptionalInt.empty());
        Optional<Duration> statistics = p.optionalSection("statistics").map(st -> {
            st.allowOnly(Set.of("interval"));
            return duration(st.string("interval"), YamlSection.line(st.requiredNode("interval")), st.field("interval"));
        });
        return new PortsSpec(pkg, channels, statistics);
    }

    /** {@code contained: [{class: drive, entity-types: [107], sensors: [...]}]}: PLDM sources only. */
    private static List<ContainedRule> contained(YamlSection top, Duration pollInterval) {
        List<ContainedRule> rules = new ArrayList<>();
        List<Node> nodes = top.list("contained");
        for (int i = 0; i < nodes.size(); i++) {
            YamlSection c = YamlSection.of("contained[" + i + "]", nodes.get(i));
            c.allowOnly(Set.of("class", "entity-types", "sensors"));
            Set<Integer> types = new LinkedHashSet<>();
            List<Node> typeNodes = c.list("entity-types");
            for (int j = 0; j < typeNodes.size(); j++) {
                String f = c.field("entity-types") + "[" + j + "]";
                String v = YamlSection.scalar(typeNodes.get(j), f);
                types.add(integer(v, YamlSection.line(typeNodes.get(j)), f, 0, 0xFFFF));
            }
            if (types.isEmpty()) {
                throw new ProfileFormatException(c.line(), c.field("entity-types"), "list the DSP0249 entity types, e.g. [107]");
            }
            List<SensorSpec> sensors = sensors(c, pollInterval);
            for (int j = 0; j < sensors.size(); j++) {
                if (sensors.get(j).source() != SensorSource.PLDM_NUMERIC_SENSOR) {
                    throw new ProfileFormatException(c.line(), c.field("sensors") + "[" + j + "].source",
                            "a contained component's sensors are pldm.numeric-sensor sources");
                }
            }
            rules.add(new ContainedRule(componentClass(c, "class"), types, sensors));
        }
        return rules;
    }

    private static MatchRule match(YamlSection top) {
        YamlSection m = YamlSection.of("match", top.requiredNode("match"));
        m.allowOnly(Set.of("message-types", "vendor-id", "model", "identity", "basic-management"));
        boolean basic = m.optionalString("basic-management").map(v -> {
            if (!v.equals("true") && !v.equals("false")) {
                throw new ProfileFormatException(YamlSection.line(m.requiredNode("basic-management")), m.field("basic-management"),
                        "'" + v + "' is not true or false");
            }
            return Boolean.parseBoolean(v);
        }).orElse(false);
        Set<MessageType> types = new LinkedHashSet<>();
        List<Node> typeNodes = m.list("message-types");
        if (basic && !typeNodes.isEmpty()) {
            throw new ProfileFormatException(m.line(), m.field("message-types"),
                    "a basic-management drive has no MCTP endpoint and no message types; remove the field");
        }
        if (typeNodes.isEmpty() && !basic) {
            throw new ProfileFormatException(m.line(), m.field("message-types"), "list at least one MCTP message type, e.g. [nvme-mi]"
                    + " (or basic-management: true for drives read with the NVMe Basic Management Command)");
        }
        for (int i = 0; i < typeNodes.size(); i++) {
            String f = m.field("message-types") + "[" + i + "]";
            try {
                types.add(MessageType.parse(YamlSection.scalar(typeNodes.get(i), f)));
            } catch (IllegalArgumentException e) {
                throw new ProfileFormatException(YamlSection.line(typeNodes.get(i)), f, e.getMessage());
            }
        }
        Map<String, Pattern> identity = new LinkedHashMap<>();
        m.optionalString("vendor-id").ifPresent(v -> {
            int line = YamlSection.line(m.requiredNode("vendor-id"));
            try {
                int vid = Integer.decode(v);
                if (vid < 0 || vid > 0xFFFF) {
                    throw new NumberFormatException();
                }
                identity.put("vendorId", Pattern.compile(Pattern.quote(String.format("0x%04x", vid))));
            } catch (NumberFormatException e) {
                throw new ProfileFormatException(line, "match.vendor-id", "'" + v + "' is not a 16-bit PCI vendor id such as 0x1d0f");
            }
        });
        m.optionalString("model").ifPresent(v -> identity.put("model", regex(v, YamlSection.line(m.requiredNode("model")), "match.model")));
        m.optionalSection("identity").ifPresent(s -> s.entries().forEach((k, n) ->
                identity.put(k, regex(YamlSection.scalar(n, s.field(k)), YamlSection.line(n), s.field(k)))));
        return new MatchRule(types, identity, basic);
    }

    private static List<IdentificationStep> identification(YamlSection top) {
        List<IdentificationStep> steps = new ArrayList<>();
        List<Node> nodes = top.list("identification");
        for (int i = 0; i < nodes.size(); i++) {
            String f = "identification[" + i + "]";
            Node n = nodes.get(i);
            String name = YamlSection.scalar(n, f);
            IdentificationStep step = IdentificationStep.fromYaml(name).orElseThrow(() -> new ProfileFormatException(
                    YamlSection.line(n), f, "unknown step '" + name + "'; known: " + names(IdentificationStep.values())));
            if (steps.contains(step)) {
                throw new ProfileFormatException(YamlSection.line(n), f, "step '" + name + "' is listed twice");
            }
            steps.add(step);
        }
        return steps;
    }

    private static List<SensorSpec> sensors(YamlSection parent, Duration pollInterval) {
        List<SensorSpec> sensors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Node> nodes = parent.list("sensors");
        for (int i = 0; i < nodes.size(); i++) {
            YamlSection s = YamlSection.of(parent.field("sensors") + "[" + i + "]", nodes.get(i));
            s.allowOnly(Set.of("name", "source", "unit", "scale", "offset", "interval", "select"));
            String name = s.string("name");
            if (!seen.add(name)) {
                throw new ProfileFormatException(YamlSection.line(s.requiredNode("name")), s.field("name"), "sensor '" + name + "' is declared twice");
            }
            String src = s.string("source");
            SensorSource source = SensorSource.fromYaml(src).orElseThrow(() -> new ProfileFormatException(
                    YamlSection.line(s.requiredNode("source")), s.field("source"),
                    "unknown source '" + src + "'; known: " + names(SensorSource.values())));
            Duration interval = s.optionalString("interval")
                    .map(v -> duration(v, YamlSection.line(s.requiredNode("interval")), s.field("interval"))).orElse(pollInterval);
            Optional<YamlSection> select = s.optionalSection("select");
            if (select.isPresent() && !source.isPldm()) {
                throw new ProfileFormatException(YamlSection.line(s.requiredNode("select")), s.field("select"),
                        "only a pldm.numeric-sensor or pldm.state-sensor source selects a sensor from the PDRs");
            }
            // a state is a code, not a quantity: UCUM "1" unless the profile says otherwise
            String unit = source == SensorSource.PLDM_STATE_SENSOR ? s.optionalString("unit").orElse("1") : s.string("unit");
            sensors.add(new SensorSpec(name, source, unit, number(s, "scale", 1.0), number(s, "offset", 0.0), interval,
                    select.map(sel -> PdrSelector.read(sel, source)).orElse(PdrSelector.ANY)));
        }
        return sensors;
    }

    private static HealthRules health(YamlSection top, List<SensorSpec> sensors) {
        YamlSection h = top.optionalSection("health").orElse(null);
        if (h == null) {
            return HealthRules.NONE;
        }
        h.allowOnly(Set.of("conditions", "thresholds"));
        Map<HealthCondition, HealthStatus> conditions = new EnumMap<>(HealthCondition.class);
        h.optionalSection("conditions").ifPresent(c -> c.entries().forEach((k, n) -> {
            HealthCondition cond = HealthCondition.fromYaml(k).orElseThrow(() -> new ProfileFormatException(
                    YamlSection.line(n), c.field(k), "unknown condition; known: " + names(HealthCondition.values())));
            String sev = YamlSection.scalar(n, c.field(k)).toUpperCase(Locale.ROOT);
            if (!Set.of("OK", "WARNING", "CRITICAL").contains(sev)) {
                throw new ProfileFormatException(YamlSection.line(n), c.field(k), "severity must be ok, warning or critical");
            }
            conditions.put(cond, HealthStatus.valueOf(sev));
        }));
        List<Threshold> thresholds = new ArrayList<>();
        List<Node> nodes = h.list("thresholds");
        for (int i = 0; i < nodes.size(); i++) {
            YamlSection t = YamlSection.of("health.thresholds[" + i + "]", nodes.get(i));
            t.allowOnly(Set.of("sensor", "warning", "critical"));
            String sensor = t.string("sensor");
            if (sensors.stream().noneMatch(s -> s.name().equals(sensor))) {
                throw new ProfileFormatException(YamlSection.line(t.requiredNode("sensor")), t.field("sensor"),
                        "no sensor named '" + sensor + "' in this profile");
            }
            OptionalDouble warning = t.node("warning").isPresent() ? OptionalDouble.of(number(t, "warning", 0)) : OptionalDouble.empty();
            OptionalDouble critical = t.node("critical").isPresent() ? OptionalDouble.of(number(t, "critical", 0)) : OptionalDouble.empty();
            try {
                thresholds.add(new Threshold(sensor, warning, critical));
            } catch (IllegalArgumentException e) {
                throw new ProfileFormatException(t.line(), t.field("warning"), e.getMessage());
            }
        }
        return new HealthRules(conditions, thresholds);
    }

    private static Set<String> quirks(YamlSection top) {
        Set<String> quirks = new LinkedHashSet<>();
        List<Node> nodes = top.list("quirks");
        for (int i = 0; i < nodes.size(); i++) {
            String f = "quirks[" + i + "]";
            String q = YamlSection.scalar(nodes.get(i), f);
            if (Quirk.fromYaml(q).isEmpty()) {
                throw new ProfileFormatException(YamlSection.line(nodes.get(i)), f, "unknown quirk '" + q + "'; known: " + names(Quirk.values()));
            }
            quirks.add(q);
        }
        return quirks;
    }

    /** {@code 1s}, {@code 500ms}, {@code 2m} or ISO-8601 {@code PT1S}; at least 100 ms. */
    static Duration duration(String text, int line, String field) {
        Duration d;
        try {
            if (text.startsWith("PT") || text.startsWith("pt")) {
                d = Duration.parse(text.toUpperCase(Locale.ROOT));
            } else if (text.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2).strip()));
            } else if (text.endsWith("s")) {
                d = Duration.ofMillis(Math.round(Double.parseDouble(text.substring(0, text.length() - 1).strip()) * 1000));
            } else if (text.endsWith("m")) {
                d = Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1).strip()));
            } else {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new ProfileFormatException(line, field, "'" + text + "' is not a duration; write 1s, 500ms, 2m or PT1S");
        }
        if (d.compareTo(MIN_INTERVAL) < 0) {
            throw new ProfileFormatException(line, field, "must be at least 100ms, was " + text);
        }
        return d;
    }

    private static double number(YamlSection s, String key, double absent) {
        if (s.node(key).isEmpty()) {
            return absent;
        }
        String v = s.string(key);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new ProfileFormatException(YamlSection.line(s.requiredNode(key)), s.field(key), "'" + v + "' is not a number");
        }
    }

    private static int integer(String v, YamlSection s, String key, int min, int max) {
        return integer(v, YamlSection.line(s.requiredNode(key)), s.field(key), min, max);
    }

    private static int integer(String v, int line, String field, int min, int max) {
        int i;
        try {
            i = Integer.decode(v);
        } catch (NumberFormatException e) {
            i = Integer.MIN_VALUE;
        }
        if (i < min || i > max) {
            throw new ProfileFormatException(line, field, "'" + v + "' must be a whole number " + min + ".." + max);
        }
        return i;
    }

    private static Pattern regex(String v, int line, String field) {
        try {
            return Pattern.compile(v);
        } catch (PatternSyntaxException e) {
            throw new ProfileFormatException(line, field, "not a regular expression: " + e.getDescription());
        }
    }

    private static String names(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            if (v instanceof IdentificationStep s) {
                out.add(s.yamlName());
            } else if (v instanceof SensorSource s) {
                out.add(s.yamlName());
            } else if (v instanceof HealthCondition c) {
                out.add(c.yamlName());
            } else if (v instanceof Quirk q) {
                out.add(q.yamlName());
            }
        }
        return String.join(", ", out);
    }
}
