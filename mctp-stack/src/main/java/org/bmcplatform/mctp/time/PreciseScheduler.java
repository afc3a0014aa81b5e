package org.bmcplatform.mctp.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Real time with timers that fire within microseconds of their deadline, for modelled wire time
 * (virtual SMBus segments, drive turnaround) where a pool timer's 0.1-1 ms lateness would distort
 * the model. One dedicated daemon thread keeps the tasks in deadline order (ties in submission
 * order), parks until {@code spinWindow} before the earliest deadline, spins for that last stretch
 * and runs due tasks on itself, one after the other. It spins only when a deadline is within the
 * spin window, so an idle scheduler costs no CPU. {@link #execute} tasks are due at submission and
 * run in submission order.
 *
 * <p>Every task runs on the timer thread: a slow task delays every timer behind it.
 */
public final class PreciseScheduler implements Scheduler, AutoCloseable {
    /** How long before a deadline the thread stops parking and spins. */
    public static final Duration DEFAULT_SPIN_WINDOW = Duration.ofNanos(150_000);
    /** Longer delays are cut to this (about 36 years) so deadline arithmetic cannot overflow. */
    private static final long MAX_DELAY_NANOS = Long.MAX_VALUE >> 4;

    private final Clock clock;
    private final long spinNanos;
    private final Thread thread;
    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private final AtomicLong failures = new AtomicLong();
    private long sequence;
    /** Changes whenever a task becomes the head of the queue, so a spinning thread re-reads it. */
    private volatile long headVersion;
    private volatile boolean closed;

    public PreciseScheduler(String threadName) {
        this(Clock.systemUTC(), threadName, DEFAULT_SPIN_WINDOW);
    }

    public PreciseScheduler(Clock clock, String threadName, Duration spinWindow) {
        if (spinWindow.isNegative()) {
            throw new IllegalArgumentException("spinWindow must not be negative: " + spinWindow);
        }
        this.clock = clock;
        this.spinNanos = spinWindow.toNanos();
        this.thread = new Thread(this::loop, threadName);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        long delayNanos = Math.min(MAX_DELAY_NANOS, Math.max(0, saturatedNanos(delay)));
        return enqueue(delayNanos, task);
    }

    @Override
    public void execute(Runnable task) {
        enqueue(0, task);
    }

    /** Tasks that threw; the timer thread went on with the next task. */
    public long failedTasks() {
        return failures.get();
    }

    /** Tasks waiting (not cancelled). */
    public synchronized int pending() {
        return (int) queue.stream().filter(t -> !t.cancelled).count();
    }

    /** Stops the timer thread and drops pending tasks; later tasks are ignored. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            queue.clear();
        }
        LockSupport.unpark(thread);
        if (Thread.currentThread() != thread) {
            try {
                thread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Cancellable enqueue(long delayNanos, Runnable task) {
        Task t;
        synchronized (this) {
            if (closed) {
                return () -> { };
            }
            t = new Task(System.nanoTime() + delayNanos, sequence++, task);
            queue.add(t);
            if (queue.peek() != t) {
                return t;
            }
            headVersion++;
        }
        LockSupport.unpark(thread);
        return t;
    }

    private void loop() {
        while (!closed) {
            Thread.interrupted();
            Task head;
            long version;
            synchronized (this) {
                head = peekLive();
                version = headVersion;
            }
            if (head == null) {
                LockSupport.park(this);
                continue;
            }
            long remaining = head.atNanos - System.nanoTime();
            if (remaining > spinNanos) {
                LockSupport.parkNanos(this, remaining - spinNanos);
            } else if (remaining > 0) {
                while (head.atNanos - System.nanoTime() > 0 && headVersion == version && !closed && !head.cancelled) {
                    Thread.onSpinWait();
                }
            } else {
                runDue();
            }
        }
    }

    /** Runs every task due by now, in deadline then submission order, outside the lock. */
    private void runDue() {
        while (!closed) {
            Task t;
            synchronized (this) {
                t = peekLive();
                if (t == null || t.atNanos - System.nanoTime() > 0) {
                    return;
                }
                queue.poll();
            }
            try {
                t.task.run();
            } catch (Throwable e) {
                failures.incrementAndGet();
            }
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

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return d.isNegative() ? 0 : Long.MAX_VALUE;
        }
    }

    private static final class Task implements Comparable<Task>, Cancellable {
        final long atNanos;
        final long seq;
        final Runnable task;
        volatile boolean cancelled;

        Task(long atNanos, long seq, Runnable task) {
            this.atNanos = atNanos;
            this.seq = seq;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Task o) {
            int c = Long.signum(atNanos - o.atNanos);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
