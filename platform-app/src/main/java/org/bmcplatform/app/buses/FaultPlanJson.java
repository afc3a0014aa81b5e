package org.bmcplatform.app.buses;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bmcplatform.sim.component.SimComponent;
import org.bmcplatform.sim.fault.Fault;
import org.bmcplatform.sim.fault.FaultKind;
import org.bmcplatform.sim.fault.FaultPlan;
import org.bmcplatform.sim.fault.FaultStatus;
import org.bmcplatform.sim.fault.FaultTrigger;

/**
 * The JSON of a fault plan: what {@code GET .../faults} returns and {@code PUT} takes (the same
 * {@code seed} and {@code faults} fields, so a client can read, change and send back). The body is
 * read key by key so an unknown or misspelt key is an error that names it, never ignored.
 */
final class FaultPlanJson {
    static final String WHAT_TO_SEND = "send {\"seed\": 1, \"faults\": [{\"kind\": \"slow\", \"every\": 3, \"delayMs\": 280}]} "
            + "where kind is one of " + FaultKind.labels() + ", at most one fault per kind, rate (0 < p <= 1) or every (N >= 1) "
            + "but not both (default: every reply), delayMs (1..60000) for slow only, optional fromSeconds/untilSeconds; "
            + "seed is optional; an empty faults list clears the plan";
    private static final Set<String> PLAN_KEYS = Set.of("seed", "faults");
    private static final Set<String> FAULT_KEYS = Set.of("kind", "rate", "every", "delayMs", "fromSeconds", "untilSeconds");

    private FaultPlanJson() {
    }

    /**
     * A fault as JSON; the trigger is {@code rate} or {@code every} (the other null), {@code delayMs} only for slow.
     */
    record FaultView(String kind, Double rate, Integer every, Long delayMs, double fromSeconds, Double untilSeconds) {
    }

    /**
     * A component's plan and what it did since it was applied.
     *
     * @param injected replies hit per kind since the plan was applied
     */
    record PlanView(String simId, boolean present, long seed, List<FaultView> faults, double appliedSecondsAgo, long replies,
                    Map<String, Long> injected, long failures) {
    }

    static PlanView view(SimComponent c) {
        FaultStatus s = c.faults().status();
        List<FaultView> faults = s.plan().faults().stream().map(FaultPlanJson::view).toList();
        Map<String, Long> injected = new TreeMap<>();
        s.injected().forEach((k, v) -> injected.put(k.label(), v));
        return new PlanView(c.id(), c.present(), s.plan().seed(), faults, seconds(s.age()), s.replies(), injected, s.failures());
    }

    private static FaultView view(Fault f) {
        Double rate = f.trigger() instanceof FaultTrigger.Rate r ? r.probability() : null;
        Integer every = f.trigger() instanceof FaultTrigger.Every e ? e.n() : null;
        Long delay = f.kind() == FaultKind.SLOW ? f.delay().toMillis() : null;
        return new FaultView(f.kind().label(), rate, every, delay, seconds(f.from()), f.until().map(FaultPlanJson::seconds).orElse(null));
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    /** @throws IllegalArgumentException naming the field and what is wrong with it */
    static FaultPlan parse(Map<String, Object> body, long defaultSeed) {
        if (body == null) {
            throw new IllegalArgumentException("the body is empty");
        }
        onlyKeys(body, PLAN_KEYS, "");
        long seed = body.get("seed") == null ? defaultSeed : integer(body.get("seed"), "seed");
        Object list = body.get("faults");
        if (!(list instanceof List<?> items)) {
            throw new IllegalArgumentException("faults: " + (list == null ? "is missing" : "must be a list"));
        }
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "faults[" + i + "]";
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                throw new IllegalArgumentException(at + ": must be an object");
            }
            faults.add(fault(item, at));
        }
        try {
            return new FaultPlan(faults, seed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("faults: " + e.getMessage(), e);
        }
    }

    private static Fault fault(Map<?, ?> m, String at) {
        onlyKeys(m, FAULT_KEYS, at + ".");
        Object kindText = m.get("kind");
        FaultKind kind = FaultKind.parse(kindText instanceof String s ? s : null).orElseThrow(() -> new IllegalArgumentException(
                at + ".kind: " + (kindText == null ? "is missing" : "'" + kindText + "' is not a fault kind")));
        FaultTrigger trigger;
        if (m.get("rate") != null && m.get("every") != null) {
            throw new IllegalArgumentException(at + ": give rate or every, not both");
        }
        try {
            if (m.get("rate") != null) {
                trigger = new FaultTrigger.Rate(number(m.get("rate"), at + ".rate"));
            } else if (m.get("every") != null) {
                long n = integer(m.get("every"), at + ".every");
                trigger = new FaultTrigger.Every((int) Math.max(Math.min(n, Integer.MAX_VALUE), Integer.MIN_VALUE));
            } else {
                trigger = FaultTrigger.ALWAYS;
            }
            Duration delay = m.get("delayMs") == null ? Duration.ZERO : Duration.ofMillis(integer(m.get("delayMs"), at + ".delayMs"));
            Duration from = m.get("fromSeconds") == null ? Duration.ZERO : duration(number(m.get("fromSeconds"), at + ".fromSeconds"));
            Optional<Duration> until = m.get("untilSeconds") == null ? Optional.empty()
                    : Optional.of(duration(number(m.get("untilSeconds"), at + ".untilSeconds")));
            return new Fault(kind, trigger, delay, from, until);
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith(at) ? e : new IllegalArgumentException(at + ": " + e.getMessage(), e);
        }
    }

    private static void onlyKeys(Map<?, ?> m, Set<String> allowed, String at) {
        for (Object k : m.keySet()) {
            if (!allowed.contains(String.valueOf(k))) {
                throw new IllegalArgumentException(at + k + ": unknown field; allowed: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    private static double number(Object o, String field) {
        if (o instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(field + ": '" + o + "' is not a number");
    }

    private static long integer(Object o, String field) {
        if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return ((Number) o).longValue();
        }
        throw new IllegalArgumentException(field + ": '" + o + "' is not a whole number");
    }

    private static Duration duration(double seconds) {
        if (!(seconds >= 0 && seconds <= 365 * 24 * 3600.0)) {
            throw new IllegalArgumentException(seconds + " s is not 0..31536000 s");
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
