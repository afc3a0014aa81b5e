package org.bmcplatform.sim.component;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.sim.board.NicPortSpec;

/**
 * The board-file {@code link-flap} schedules of a {@link SimNic}'s ports on the board's scheduler: each port
 * goes down one period after {@link #start} and every period after that, and comes back up its down time
 * later. {@link #stop} cancels everything; a task already running when it is stopped does nothing.
 */
final class LinkFlaps {
    private final Scheduler scheduler;
    private final BiConsumer<Integer, Boolean> setLink;
    private final Map<Integer, Scheduler.Cancellable> pending = new HashMap<>();
    private long generation;

    /** @param setLink brings a port up ({@code true}) or down */
    LinkFlaps(Scheduler scheduler, BiConsumer<Integer, Boolean> setLink) {
        this.scheduler = scheduler;
        this.setLink = setLink;
    }

    /** Starts the schedules of the ports that have one, counted from now; stops any earlier ones. */
    synchronized void start(List<NicPortSpec> ports) {
        stop();
        long gen = generation;
        for (NicPortSpec p : ports) {
            p.flap().ifPresent(f -> down(p.port(), f, gen, f.period()));
        }
    }

    synchronized void stop() {
        generation++;
        pending.values().forEach(Scheduler.Cancellable::cancel);
        pending.clear();
    }

    private synchronized boolean current(long gen) {
        return generation == gen;
    }

    private synchronized void down(int port, NicPortSpec.LinkFlap flap, long gen, Duration after) {
        if (generation != gen) {
            return;
        }
        pending.put(port, scheduler.schedule(after, () -> {
            if (current(gen)) {
                setLink.accept(port, false);
                up(port, flap, gen);
            }
        }));
    }

    private synchronized void up(int port, NicPortSpec.LinkFlap flap, long gen) {
        if (generation != gen) {
            return;
        }
        pending.put(port, scheduler.schedule(flap.down(), () -> {
            if (current(gen)) {
                setLink.accept(port, true);
                down(port, flap, gen, flap.period().minus(flap.down()));
            }
        }));
    }
}
