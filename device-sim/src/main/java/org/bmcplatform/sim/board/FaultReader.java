package org.bmcplatform.sim.board;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bmcplatform.sim.fault.Fault;
import org.bmcplatform.sim.fault.FaultKind;
import org.bmcplatform.sim.fault.FaultPlan;
import org.bmcplatform.sim.fault.FaultTrigger;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a component's optional {@code faults} list into a {@link FaultPlan} seeded from the component id
 * (device-sim/BOARD-FILE.md "faults"). Every mistake names the file, line and field.
 */
final class FaultReader {
    static final String KEY = "faults";
    /** The latest start or end of a fault: a year of board time. */
    static final double MAX_SECONDS = 365 * 24 * 3600.0;
    private static final String[] KEYS = {"kind", "rate", "every", "delay-ms", "from-s", "until-s"};

    private FaultReader() {
    }

    /** The plan of component {@code id}; {@link FaultPlan#NONE} without a {@code faults} key. */
    static FaultPlan read(MappingReader c, String id) {
        List<Node> items = c.sequence(KEY, false);
        if (items.isEmpty()) {
            return FaultPlan.NONE;
        }
        List<Fault> faults = new ArrayList<>();
        Map<FaultKind, Integer> seen = new EnumMap<>(FaultKind.class);
        for (int i = 0; i < items.size(); i++) {
            MappingReader f = MappingReader.of(c.file(), c.field(KEY) + "[" + i + "]", items.get(i)).allowOnly(KEYS);
            String text = f.string("kind");
            FaultKind kind = FaultKind.parse(text).orElseThrow(() -> f.error("kind", "'" + text + "' is not a fault kind ("
                    + FaultKind.labels() + ")"));
            Integer other = seen.putIfAbsent(kind, i);
            if (other != null) {
                throw f.error("kind", kind + " is already given by " + KEY + "[" + other + "]; a component has at most one fault per kind");
            }
            faults.add(new Fault(kind, trigger(f), delay(f, kind), seconds(f, "from-s").orElse(Duration.ZERO), until(f)));
        }
        return new FaultPlan(faults, FaultPlan.seedFor(id));
    }

    private static FaultTrigger trigger(MappingReader f) {
        if (f.has("rate") && f.has("every")) {
            throw f.error("every", "give rate (a probability per reply) or every (every Nth reply), not both");
        }
        if (f.has("rate")) {
            double rate = f.number("rate", 0, 1);
            if (rate == 0) {
                throw f.error("rate", "0 never fires; give a probability above 0 and at most 1, or remove the fault");
            }
            return new FaultTrigger.Rate(rate);
        }
        if (f.has("every")) {
            return new FaultTrigger.Every((int) f.integer("every", 1, FaultTrigger.Every.MAX,
                    "a count of replies (1.." + FaultTrigger.Every.MAX + "; 1 = every reply)"));
        }
        return FaultTrigger.ALWAYS;
    }

    private static Duration delay(MappingReader f, FaultKind kind) {
        if (kind != FaultKind.SLOW) {
            if (f.has("delay-ms")) {
                throw f.error("delay-ms", "only a slow fault takes a delay; remove it from this " + kind + " fault");
            }
            return Duration.ZERO;
        }
        if (!f.has("delay-ms")) {
            throw f.error("delay-ms", "a slow fault needs delay-ms, e.g. 250 (just under the platform's 300 ms request timeout)");
        }
        return Duration.ofMillis(f.integer("delay-ms", 1, Fault.MAX_DELAY.toMillis(), "a delay in ms (1.." + Fault.MAX_DELAY.toMillis() + ")"));
    }

    private static Optional<Duration> until(MappingReader f) {
        Optional<Duration> until = seconds(f, "until-s");
        Duration from = seconds(f, "from-s").orElse(Duration.ZERO);
        if (until.isPresent() && until.get().compareTo(from) <= 0) {
            throw f.error("until-s", "the fault must end after it starts (from-s " + from.toMillis() / 1000.0 + " s)");
        }
        return until;
    }

    private static Optional<Duration> seconds(MappingReader f, String key) {
        if (!f.has(key)) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(Math.round(f.number(key, 0, MAX_SECONDS) * 1e9)));
    }
}
