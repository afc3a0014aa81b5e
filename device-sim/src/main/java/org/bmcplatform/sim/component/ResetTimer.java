package org.bmcplatform.sim.component;

import java.time.Duration;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.sim.board.ResetSchedule;

/**
 * A component's board-file {@code resets} schedule on the board's scheduler: one period after {@link #start} and
 * every period after that, a component that is plugged in is pulled off its bus and plugged in again its down
 * time later (a fresh MCTP stack, no EID, same identity). A component someone unplugged stays out: the timer only
 * plugs back what it pulled. {@link #stop} cancels the schedule.
 */
public final class ResetTimer {
    private final SimComponent component;
    private final ResetSchedule schedule;
    private final Scheduler scheduler;
    private Scheduler.Cancellable pending;
    private boolean running;
    private long resets;

    public ResetTimer(SimComponent component, ResetSchedule schedule, Scheduler scheduler) {
        this.component = component;
        this.schedule = schedule;
        this.scheduler = scheduler;
    }

    /** Starts the schedule, counted from now. */
    public synchronized void start() {
        running = true;
        next(schedule.period());
    }

    public synchronized void stop() {
        running = false;
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    /** Resets done so far. */
    public synchronized long resets() {
        return resets;
    }

    private synchronized void next(Duration after) {
        if (running) {
            pending = scheduler.schedule(after, this::reset);
        }
    }

    private void reset() {
        synchronized (this) {
            if (!running) {
                return;
            }
        }
        boolean wasPresent = component.present();
        if (wasPresent) {
            component.unplug();
            synchronized (this) {
                resets++;
            }
        }
        synchronized (this) {
            if (running) {
                pending = scheduler.schedule(schedule.down(), () -> powerOn(wasPresent));
            }
        }
    }

    private void powerOn(boolean pulled) {
        synchronized (this) {
            if (!running) {
                return;
            }
        }
        if (pulled) {
            component.plug();
        }
        next(schedule.period().minus(schedule.down()));
    }
}
