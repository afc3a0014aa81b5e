package org.bmcplatform.sim.fault;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The faults one component injects into its replies: at most one {@link Fault} per {@link FaultKind},
 * and the seed of the generator that {@link FaultTrigger.Rate} draws from, so a run with the same
 * seed and the same traffic hits the same replies. Immutable; a component's
 * {@link FaultInjector} holds the current plan.
 *
 * @param faults the faults, at most one per kind, in the order they were given
 * @param seed   seed of the rate draws
 */
public record FaultPlan(List<Fault> faults, long seed) {
    /** No faults. */
    public static final FaultPlan NONE = new FaultPlan(List.of(), 0);

    public FaultPlan {
        faults = List.copyOf(faults);
        Set<FaultKind> seen = EnumSet.noneOf(FaultKind.class);
        for (Fault f : faults) {
            if (!seen.add(f.kind())) {
                throw new IllegalArgumentException("fault " + f.kind() + " is given twice; a plan has at most one fault per kind");
            }
        }
    }

    /** A plan with these faults and seed. */
    public static FaultPlan of(long seed, Fault... faults) {
        return new FaultPlan(List.of(faults), seed);
    }

    /** The default seed for a component: derived from its id, so runs are reproducible. */
    public static long seedFor(String componentId) {
        return componentId.hashCode();
    }

    public boolean isEmpty() {
        return faults.isEmpty();
    }

    public Optional<Fault> find(FaultKind kind) {
        return faults.stream().filter(f -> f.kind() == kind).findFirst();
    }

    /** This plan with {@code fault} added, replacing one of the same kind. */
    public FaultPlan with(Fault fault) {
        List<Fault> next = new ArrayList<>(faults);
        next.removeIf(f -> f.kind() == fault.kind());
        next.add(fault);
        return new FaultPlan(next, seed);
    }

    /** This plan without the fault of that kind. */
    public FaultPlan without(FaultKind kind) {
        List<Fault> next = new ArrayList<>(faults);
        next.removeIf(f -> f.kind() == kind);
        return new FaultPlan(next, seed);
    }

    @Override
    public String toString() {
        return faults.isEmpty() ? "no faults" : faults + " (seed " + seed + ")";
    }
}
