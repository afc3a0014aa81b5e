package org.bmcplatform.sim.fault;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.sim.bus.WireDamage;

/**
 * One component's current {@link FaultPlan} and what it has done since the plan was applied. It
 * outlives power cycles: each fresh stack's {@link FaultBinding} asks the same injector. Time is the
 * board's scheduler (virtual in tests), never the wall clock. Thread-safe.
 */
public final class FaultInjector {
    private final Scheduler scheduler;
    private final WireDamage wire = new WireDamage();
    private final Object lock = new Object();
    private FaultPlan plan = FaultPlan.NONE;
    private long appliedAtNanos;
    private SplittableRandom random = new SplittableRandom(0);
    private final long[] eligible = new long[FaultKind.values().length];
    private final EnumMap<FaultKind, Long> injected = new EnumMap<>(FaultKind.class);
    private long replies;
    private long failures;

    public FaultInjector(Scheduler scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    Scheduler scheduler() {
        return scheduler;
    }

    /**
     * The frames of corrupt replies to damage on the medium: give it to the component's end of the medium
     * ({@link org.bmcplatform.sim.bus.VirtualLink#componentBinding(org.bmcplatform.mctp.binding.LinkAddress, WireDamage)},
     * {@link org.bmcplatform.sim.bus.VirtualSmbusSegment#attach(int, WireDamage)}) under the {@link FaultBinding}.
     */
    public WireDamage wire() {
        return wire;
    }

    /** Replaces the plan; its {@code from}/{@code until} count from now, its counters and seed start over. */
    public void apply(FaultPlan next) {
        Objects.requireNonNull(next, "plan");
        synchronized (lock) {
            plan = next;
            appliedAtNanos = scheduler.nanoTime();
            random = new SplittableRandom(next.seed());
            Arrays.fill(eligible, 0);
            injected.clear();
            replies = 0;
        }
    }

    /** Removes every fault. */
    public void clear() {
        apply(FaultPlan.NONE);
    }

    public FaultPlan plan() {
        synchronized (lock) {
            return plan;
        }
    }

    /** The plan, how long ago it was applied, and what it did since. */
    public FaultStatus status() {
        synchronized (lock) {
            return new FaultStatus(plan, Duration.ofNanos(scheduler.nanoTime() - appliedAtNanos), replies,
                    Collections.unmodifiableMap(new EnumMap<>(injected)), failures);
        }
    }

    /**
     * What to do with the reply that starts now: each active fault whose trigger fires adds its effect
     * (a rate fault draws once per reply, an every-N fault counts the replies seen while it is active).
     */
    Effect decide() {
        synchronized (lock) {
            replies++;
            if (plan.isEmpty()) {
                return Effect.NONE;
            }
            Duration since = Duration.ofNanos(scheduler.nanoTime() - appliedAtNanos);
            Effect effect = Effect.NONE;
            for (Fault f : plan.faults()) {
                if (!f.activeAt(since) || !fires(f)) {
                    continue;
                }
                injected.merge(f.kind(), 1L, Long::sum);
                effect = effect.plus(f);
            }
            return effect;
        }
    }

    /** A fault could not be applied (a bug, not a device behaviour); the packet went out unharmed. */
    void countFailure() {
        synchronized (lock) {
            failures++;
        }
    }

    private boolean fires(Fault f) {
        if (f.trigger() instanceof FaultTrigger.Every every) {
            return ++eligible[f.kind().ordinal()] % every.n() == 0;
        }
        return random.nextDouble() < ((FaultTrigger.Rate) f.trigger()).probability();
    }

    /**
     * What happens to one reply.
     *
     * @param drop     nothing is sent
     * @param delay    each packet is held back this long
     * @param corrupt  each packet's frame is damaged on the wire
     * @param wrongTag each packet carries another message tag
     * @param truncate the last packet loses half its payload
     */
    record Effect(boolean drop, Duration delay, boolean corrupt, boolean wrongTag, boolean truncate) {
        static final Effect NONE = new Effect(false, Duration.ZERO, false, false, false);

        Effect plus(Fault f) {
            switch (f.kind()) {
                case SILENT:
                    return new Effect(true, delay, corrupt, wrongTag, truncate);
                case SLOW:
                    return new Effect(drop, delay.plus(f.delay()), corrupt, wrongTag, truncate);
                case CORRUPT:
                    return new Effect(drop, delay, true, wrongTag, truncate);
                case WRONG_INSTANCE_ID:
                    return new Effect(drop, delay, corrupt, true, truncate);
                case TRUNCATED:
                    return new Effect(drop, delay, corrupt, wrongTag, true);
                default:
                    throw new IllegalStateException("unknown fault kind " + f.kind());
            }
        }

        boolean isNone() {
            return equals(NONE);
        }
    }

    @Override
    public String toString() {
        return status().toString();
    }
}
