package org.bmcplatform.app.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.bmcplatform.app.health.PollTarget.ProbeOutcome;
import org.bmcplatform.mctp.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the components of one SMBus segment, keeping one exchange at a time on it (DSP0237 §6) and
 * choosing the next by earliest deadline. A success schedules the next poll one interval after the
 * previous deadline; a failure backs off exponentially (capped), so a silent endpoint costs the bus
 * little and never starves the others; after {@code absentAfter} consecutive failures the target is
 * absent and its address is re-probed every {@code reprobeInterval} until it answers again.
 *
 * <p>All state is touched only on the scheduler's thread (a dedicated thread per bus in production,
 * the test thread under virtual time); public methods hop onto it.
 */
final class BusPoller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BusPoller.class);

    private final String busName;
    private final Scheduler scheduler;
    private final Backoff backoff;
    private final int absentAfter;
    private final Duration reprobeInterval;
    private final Map<Long, Slot> slots = new LinkedHashMap<>();
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong probes = new AtomicLong();
    private Slot running;
    private Scheduler.Cancellable wake;
    private long wakeAt;
    private long sequence;
    private boolean closed;

    BusPoller(String busName, Scheduler scheduler, Backoff backoff, int absentAfter, Duration reprobeInterval) {
        if (absentAfter < 1) {
            throw new IllegalArgumentException("absentAfter must be at least 1, was " + absentAfter);
        }
        this.busName = busName;
        this.scheduler = scheduler;
        this.backoff = backoff;
        this.absentAfter = absentAfter;
        this.reprobeInterval = reprobeInterval;
    }

    String busName() {
        return busName;
    }

    /** Adds a target, or replaces the one with the same component id (e.g. a new EID); it is polled at once. */
    void upsert(PollTarget target) {
        scheduler.execute(() -> {
            Slot slot = slots.get(target.componentId());
            if (slot == null) {
                slot = new Slot();
                slots.put(target.componentId(), slot);
            }
            slot.target = target;
            slot.absent = false;
            slot.failures = 0;
            slot.deadline = scheduler.nanoTime();
            slot.sequence = sequence++;
            pump();
        });
    }

    /** Polls a present target as soon as the segment is free (e.g. it announced a change with an event); else nothing. */
    void pollNow(long componentId) {
        scheduler.execute(() -> {
            Slot slot = slots.get(componentId);
            if (slot == null || slot.absent) {
                return;
            }
            slot.deadline = Math.min(slot.deadline, scheduler.nanoTime());
            pump();
        });
    }

    void remove(long componentId) {
        scheduler.execute(() -> slots.remove(componentId));
    }

    long polls() {
        return polls.get();
    }

    long failures() {
        return failures.get();
    }

    long probes() {
        return probes.get();
    }

    @Override
    public void close() {
        scheduler.execute(() -> {
            closed = true;
            cancelWake();
            slots.clear();
        });
    }

    private void pump() {
        if (closed || running != null) {
            return;
        }
        Slot next = earliest();
        if (next == null) {
            return;
        }
        long now = scheduler.nanoTime();
        if (next.deadline > now) {
            armWake(next.deadline);
            return;
        }
        start(next);
    }

    /** Linear scan: a segment holds a handful of components, and deadlines change on every exchange. */
    private Slot earliest() {
        Slot best = null;
        for (Slot s : slots.values()) {
            if (best == null || s.deadline < best.deadline
                    || (s.deadline == best.deadline && s.sequence < best.sequence)) {
                best = s;
            }
        }
        return best;
    }

    private void start(Slot slot) {
        running = slot;
        PollTarget target = slot.target;
        boolean probing = slot.absent;
        CompletableFuture<?> exchange;
        try {
            exchange = probing ? target.probe() : target.poll();
        } catch (RuntimeException e) {
            exchange = CompletableFuture.failedFuture(e);
        }
        exchange.whenComplete((result, error) ->
                scheduler.execute(() -> finished(slot, target, probing, result, error)));
    }

    private void finished(Slot slot, PollTarget target, boolean probing, Object result, Throwable error) {
        running = null;
        if (closed) {
            return;
        }
        if (slots.get(target.componentId()) == slot) {
            if (probing) {
                probes.incrementAndGet();
                afterProbe(slot, result, error);
            } else {
                polls.incrementAndGet();
                afterPoll(slot, target, error);
            }
        }
        pump();
    }

    private void afterPoll(Slot slot, PollTarget target, Throwable error) {
        long now = scheduler.nanoTime();
        if (slot.target != target || slot.absent) {
            return; // replaced while the exchange ran: the new target keeps its own schedule
        }
        if (error == null) {
            slot.failures = 0;
            long next = slot.deadline + target.interval().toNanos();
            slot.deadline = Math.max(next, now);
            return;
        }
        failures.incrementAndGet();
        slot.failures++;
        if (slot.failures >= absentAfter) {
            log.info("{}: component {} did not answer {} times in a row; marking it absent",
                    busName, target.componentId(), slot.failures);
            slot.absent = true;
            slot.deadline = now + reprobeInterval.toNanos();
            try {
                target.wentAbsent();
            } catch (RuntimeException e) {
                log.warn("{}: recording component {} as absent failed", busName, target.componentId(), e);
            }
        } else {
            slot.deadline = now + backoff.after(slot.failures).toNanos();
        }
    }

    private void afterProbe(Slot slot, Object result, Throwable error) {
        long now = scheduler.nanoTime();
        if (!slot.absent) {
            return; // already back: an upsert revived it while the probe ran
        }
        if (error != null) {
            slot.deadline = now + reprobeInterval.toNanos();
        } else if (result == ProbeOutcome.REPLACED) {
            slots.remove(slot.target.componentId());
        } else {
            slot.absent = false;
            slot.failures = 0;
            slot.deadline = now;
        }
    }

    private void armWake(long at) {
        if (wake != null && wakeAt == at) {
            return;
        }
        cancelWake();
        wakeAt = at;
        wake = scheduler.schedule(Duration.ofNanos(at - scheduler.nanoTime()), () -> {
            wake = null;
            pump();
        });
    }

    private void cancelWake() {
        if (wake != null) {
            wake.cancel();
            wake = null;
        }
    }

    private static final class Slot {
        PollTarget target;
        long deadline;
        long sequence;
        int failures;
        boolean absent;
    }
}
