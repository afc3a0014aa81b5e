package org.bmcplatform.profiles.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.bmcplatform.profiles.pldm.EntityId;
import org.bmcplatform.profiles.pldm.NumericSensorPdr;
import org.bmcplatform.profiles.pldm.PossibleStates;
import org.bmcplatform.profiles.pldm.SensorUnit;
import org.bmcplatform.profiles.pldm.StateSensorPdr;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Which sensor of a terminus's PDRs a {@code pldm.numeric-sensor} or {@code pldm.state-sensor} source reads
 * (reference §3.6: pick sensors by unit and entity from the PDRs, never assume IDs). Candidates have the base unit
 * (numeric) or a composite sensor of the state set (state), and one of the entity types, if given, and with
 * {@code top-level} sit on an entity no entity association contains (the terminus itself, not a drive behind it).
 * {@code sensorIds} lists known IDs in preference order, for firmware generations that renumbered their sensors
 * (reference §7 item 16: 3 then 300): the first listed candidate wins; without a list, the candidate with the
 * lowest sensor ID.
 */
public record PdrSelector(Optional<SensorUnit> baseUnit, Set<Integer> entityTypes, List<Integer> sensorIds, boolean topLevel,
                          OptionalInt stateSet) {
    public static final PdrSelector ANY = new PdrSelector(Optional.empty(), Set.of(), List.of(), false, OptionalInt.empty());

    private static final Map<String, SensorUnit> UNITS = Map.of("degrees-c", SensorUnit.DEGREES_C,
            "degrees-f", SensorUnit.DEGREES_F, "kelvins", SensorUnit.KELVINS, "volts", SensorUnit.VOLTS,
            "amps", SensorUnit.AMPS, "watts", SensorUnit.WATTS, "rpm", SensorUnit.RPM, "percentage", SensorUnit.PERCENTAGE);

    public PdrSelector {
        if (baseUnit == null || stateSet == null) {
            throw new IllegalArgumentException("baseUnit and stateSet are required (empty for any)");
        }
        entityTypes = Set.copyOf(entityTypes);
        sensorIds = List.copyOf(sensorIds);
    }

    public Optional<NumericSensorPdr> choose(PdrRepository pdrs) {
        return choose(pdrs, p -> true);
    }

    /** The choice among the numeric sensors {@code within} accepts (e.g. those on one contained entity). */
    public Optional<NumericSensorPdr> choose(PdrRepository pdrs, Predicate<NumericSensorPdr> within) {
        List<NumericSensorPdr> candidates = pdrs.numericSensors().stream().filter(within)
                .filter(p -> baseUnit.isEmpty() || p.units().baseUnit().equals(baseUnit.get()))
                .filter(p -> entityTypes.isEmpty() || entityTypes.contains(p.entity().entityType()))
                .filter(p -> !topLevel || !pdrs.isContained(p.entity()))
                .toList();
        for (int id : sensorIds) {
            Optional<NumericSensorPdr> listed = candidates.stream().filter(p -> p.sensorId() == id).findFirst();
            if (listed.isPresent()) {
                return listed;
            }
        }
        return sensorIds.isEmpty() ? candidates.stream().min(Comparator.comparingInt(NumericSensorPdr::sensorId))
                : Optional.empty();
    }

    /**
     * The state sensor chosen among those {@code within} accepts, and the offset of its composite sensor of the state
     * set (the first one; offset 0 without a state set).
     */
    public Optional<StateSensorChoice> chooseState(PdrRepository pdrs, Predicate<EntityId> within) {
        List<StateSensorChoice> candidates = new ArrayList<>();
        for (StateSensorPdr p : pdrs.stateSensors()) {
            if (!within.test(p.entity()) || (!entityTypes.isEmpty() && !entityTypes.contains(p.entity().entityType()))
                    || (topLevel && pdrs.isContained(p.entity()))) {
                continue;
            }
            List<PossibleStates> composite = p.compositeSensors();
            for (int i = 0; i < composite.size(); i++) {
                if (stateSet.isEmpty() || composite.get(i).stateSetId() == stateSet.getAsInt()) {
                    candidates.add(new StateSensorChoice(p, i));
                    break;
                }
            }
        }
        for (int id : sensorIds) {
            Optional<StateSensorChoice> listed = candidates.stream().filter(c -> c.pdr().sensorId() == id).findFirst();
            if (listed.isPresent()) {
                return listed;
            }
        }
        return sensorIds.isEmpty() ? candidates.stream().min(Comparator.comparingInt(c -> c.pdr().sensorId())) : Optional.empty();
    }

    /** A state sensor and which of its composite sensors to read. */
    public record StateSensorChoice(StateSensorPdr pdr, int offset) {
        public int stateSetId() {
            return pdr.compositeSensors().get(offset).stateSetId();
        }
    }

    /**
     * {@code select: {base-unit: degrees-c | 2, entity-types: [68], sensor-ids: [300, 3], top-level: true}}; a state
     * sensor's {@code select: {state-set: 1, entity-types: [145]}} (base-unit only for numeric, state-set only for
     * state sensors).
     */
    static PdrSelector read(YamlSection s, SensorSource source) {
        s.allowOnly(Set.of("base-unit", "entity-types", "sensor-ids", "top-level", "state-set"));
        if (source == SensorSource.PLDM_STATE_SENSOR && s.node("base-unit").isPresent()) {
            throw new ProfileFormatException(YamlSection.line(s.requiredNode("base-unit")), s.field("base-unit"),
                    "a state sensor has no base unit; select it by state-set (DSP0249 state set ID, e.g. 1 Health State)");
        }
        if (source != SensorSource.PLDM_STATE_SENSOR && s.node("state-set").isPresent()) {
            throw new ProfileFormatException(YamlSection.line(s.requiredNode("state-set")), s.field("state-set"),
                    "only a pldm.state-sensor source selects by state set");
        }
        OptionalInt stateSet = s.optionalString("state-set").map(v -> OptionalInt.of(stateSet(v, s))).orElse(OptionalInt.empty());
        Optional<SensorUnit> unit = s.optionalString("base-unit").map(v -> unit(v, s));
        Set<Integer> entityTypes = new LinkedHashSet<>(numbers(s, "entity-types", 0xFFFF));
        List<Integer> ids = numbers(s, "sensor-ids", 0xFFFF);
        boolean topLevel = s.optionalString("top-level").map(v -> {
            if (!v.equals("true") && !v.equals("false")) {
                throw new ProfileFormatException(YamlSection.line(s.requiredNode("top-level")), s.field("top-level"),
                        "'" + v + "' is not true or false");
            }
            return Boolean.parseBoolean(v);
        }).orElse(false);
        return new PdrSelector(unit, entityTypes, ids, topLevel, stateSet);
    }

    private static int stateSet(String v, YamlSection s) {
        try {
            int id = Integer.decode(v);
            if (id >= 0 && id <= 0xFFFF) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ProfileFormatException(YamlSection.line(s.requiredNode("state-set")), s.field("state-set"),
                "'" + v + "' is not a DSP0249 state set ID 0..65535 (e.g. 1 Health State)");
    }

    private static SensorUnit unit(String v, YamlSection s) {
        SensorUnit named = UNITS.get(v);
        if (named != null) {
            return named;
        }
        try {
            int code = Integer.decode(v);
            if (code >= 0 && code <= 255) {
                return new SensorUnit(code);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ProfileFormatException(YamlSection.line(s.requiredNode("base-unit")), s.field("base-unit"),
                "'" + v + "' is not a PLDM base unit; write a DSP0248 unit code 0..255 or one of " + UNITS.keySet());
    }

    private static List<Integer> numbers(YamlSection s, String key, int max) {
        List<Integer> out = new ArrayList<>();
        List<Node> nodes = s.list(key);
        for (int i = 0; i < nodes.size(); i++) {
            String f = s.field(key) + "[" + i + "]";
            String v = YamlSection.scalar(nodes.get(i), f);
            int n;
            try {
                n = Integer.decode(v);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 0 || n > max) {
                throw new ProfileFormatException(YamlSection.line(nodes.get(i)), f, "'" + v + "' is not a number 0.." + max);
            }
            out.add(n);
        }
        return out;
    }
}
