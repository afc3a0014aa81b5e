package org.bmcplatform.mctp.time;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock and timer every time-dependent part takes as a constructor parameter (STYLE.md rule 18):
 * {@link SystemScheduler} in production, {@link PreciseScheduler} for modelled wire time in real time
 * (simulated segments and devices), {@link VirtualScheduler} in tests and simulations.
 * Nothing calls {@code System.currentTimeMillis()} directly.
 */
public interface Scheduler {

    /** Wall-clock time (readings and events are stamped with it). */
    Instant now();

    /** Monotonic time in nanoseconds, for durations and deadlines. */
    long nanoTime();

    /** Runs the task once after the delay. */
    Cancellable schedule(Duration delay, Runnable task);

    /** Runs the task as soon as possible, never on the caller's stack. */
    default void execute(Runnable task) {
        schedule(Duration.ZERO, task);
    }

    /** A scheduled task that can be cancelled; cancelling a task that ran is harmless. */
    interface Cancellable {
        void cancel();
    }
}
