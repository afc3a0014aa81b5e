package org.bmcplatform.sim.fault;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One fault of a {@link FaultPlan}: what it does, which replies it hits, and when it is active.
 *
 * @param kind    what it does to a reply
 * @param trigger which replies: a rate or every Nth
 * @param delay   for {@link FaultKind#SLOW}, how long each hit reply is held back (1 ms .. {@link #MAX_DELAY});
 *                {@link Duration#ZERO} for the other kinds
 * @param from    when it starts, after the plan was applied (the board's start for board-file faults)
 * @param until   when it ends, after the plan was applied; empty for never (it lasts until cleared)
 */
public record Fault(FaultKind kind, FaultTrigger trigger, Duration delay, Duration from, Optional<Duration> until) {
    /** The longest SLOW delay: a minute, well beyond any requester timeout (MT4 is 5 s). */
    public static final Duration MAX_DELAY = Duration.ofMinutes(1);

    public Fault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (kind == FaultKind.SLOW) {
            if (delay.toMillis() < 1 || delay.compareTo(MAX_DELAY) > 0) {
                throw new IllegalArgumentException("a slow fault needs a delay of 1.." + MAX_DELAY.toMillis() + " ms, was " + delay.toMillis() + " ms");
            }
        } else if (!delay.isZero()) {
            throw new IllegalArgumentException("only a slow fault takes a delay; " + kind + " does not");
        }
        if (from.isNegative()) {
            throw new IllegalArgumentException("from must not be negative, was " + from);
        }
        if (until.isPresent() && until.get().compareTo(from) <= 0) {
            throw new IllegalArgumentException("until (" + until.get().toMillis() + " ms) must be after from (" + from.toMillis() + " ms)");
        }
    }

    /** A fault of {@code kind} on every reply, from now on, with no delay (use {@link #slow} for SLOW). */
    public static Fault of(FaultKind kind, FaultTrigger trigger) {
        return new Fault(kind, trigger, Duration.ZERO, Duration.ZERO, Optional.empty());
    }

    /** A SLOW fault on the given replies, from now on. */
    public static Fault slow(Duration delay, FaultTrigger trigger) {
        return new Fault(FaultKind.SLOW, trigger, delay, Duration.ZERO, Optional.empty());
    }

    /** The same fault active from {@code from} to {@code until} after the plan is applied. */
    public Fault during(Duration from, Optional<Duration> until) {
        return new Fault(kind, trigger, delay, from, until);
    }

    /** Whether it is active {@code sinceApplied} after its plan was applied. */
    public boolean activeAt(Duration sinceApplied) {
        return sinceApplied.compareTo(from) >= 0 && until.map(u -> sinceApplied.compareTo(u) < 0).orElse(true);
    }

    @Override
    public String toString() {
        return kind + " " + trigger + (kind == FaultKind.SLOW ? " +" + delay.toMillis() + " ms" : "")
                + (from.isZero() ? "" : " from " + from.toMillis() + " ms") + until.map(u -> " until " + u.toMillis() + " ms").orElse("");
    }
}
