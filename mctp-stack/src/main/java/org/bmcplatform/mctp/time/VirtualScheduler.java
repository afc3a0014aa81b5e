package org.bmcplatform.mctp.time;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/**
 * Virtual time: nothing happens until a test advances the clock, then due tasks run in time order
 * on the advancing thread. Tasks scheduled for the same instant run in the order they were scheduled.
 */
public final class VirtualScheduler implements Scheduler {
    private final Instant epoch;
    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private long nowNanos;
    private long sequence;

    public VirtualScheduler() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    public VirtualScheduler(Instant epoch) {
        this.epoch = epoch;
    }

    @Override
    public synchronized Instant now() {
        return epoch.plusNanos(nowNanos);
    }

    @Override
    public synchronized long nanoTime() {
        return nowNanos;
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        Task t = new Task(nowNanos + Math.max(0, delay.toNanos()), sequence++, task);
        queue.add(t);
        return () -> {
            synchronized (VirtualScheduler.this) {
                t.cancelled = true;
            }
        };
    }

    /** Advances the clock by {@code d}, running every task due on the way. */
    public void advance(Duration d) {
        long target;
        synchronized (this) {
            target = nowNanos + d.toNanos();
        }
        runUntil(target);
    }

    /** Runs every task due now (including ones they schedule for now) without moving the clock. */
    public void runDue() {
        long target;
        synchronized (this) {
            target = nowNanos;
        }
        runUntil(target);
    }

    /**
     * Advances time until the future completes, at most by {@code limit} of virtual time.
     *
     * @throws TimeoutException when the future is still open after the limit
     */
    public <T> T await(CompletableFuture<T> future, Duration limit) throws TimeoutException {
        long deadline;
        synchronized (this) {
            deadline = nowNanos + limit.toNanos();
        }
        runDue();
        while (!future.isDone()) {
            Task next;
            synchronized (this) {
                next = peekLive();
                if (next == null || next.atNanos > deadline) {
                    nowNanos = Math.max(nowNanos, deadline);
                    break;
                }
            }
            runUntil(next.atNanos);
        }
        if (!future.isDone()) {
            throw new TimeoutException("not complete after " + limit + " of virtual time");
        }
        return future.join();
    }

    /** Number of tasks waiting. */
    public synchronized int pending() {
        return (int) queue.stream().filter(t -> !t.cancelled).count();
    }

    private void runUntil(long target) {
        while (true) {
            Task t;
            synchronized (this) {
                t = peekLive();
                if (t == null || t.atNanos > target) {
                    nowNanos = Math.max(nowNanos, target);
                    return;
                }
                queue.poll();
                nowNanos = Math.max(nowNanos, t.atNanos);
            }
            t.task.run();
        }
    }

    private Task peekLive() {
        Task t = queue.peek();
        while (t != null && t.cancelled) {
            queue.poll();
            t = queue.peek();
        }
        return t;
    }

    private static final class Task implements Comparable<Task> {
        final long atNanos;
        final long seq;
        final Runnable task;
        boolean cancelled;

        Task(long atNanos, long seq, Runnable task) {
            this.atNanos = atNanos;
            this.seq = seq;
            this.task = task;
        }

        @Override
        public int compareTo(Task o) {
            int c = Long.compare(atNanos, o.atNanos);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
