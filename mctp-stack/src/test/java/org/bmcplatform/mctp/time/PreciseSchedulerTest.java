package org.bmcplatform.mctp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PreciseSchedulerTest {
    private static final long BOUND_SECONDS = 10;

    @Test
    void runsTasksInDeadlineOrderThenSubmissionOrder() throws InterruptedException {
        try (PreciseScheduler scheduler = new PreciseScheduler("precise-test")) {
            CountDownLatch gate = new CountDownLatch(1);
            scheduler.execute(() -> awaitQuietly(gate));
            List<String> order = new ArrayList<>();
            CountDownLatch done = new CountDownLatch(1);
            scheduler.schedule(Duration.ofMillis(150), () -> {
                order.add("late");
                done.countDown();
            });
            scheduler.schedule(Duration.ofMillis(50), () -> order.add("middle"));
            scheduler.execute(() -> order.add("now-1"));
            scheduler.schedule(Duration.ZERO, () -> order.add("now-2"));
            scheduler.execute(() -> order.add("now-3"));
            gate.countDown();

            assertThat(done.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(order).containsExactly("now-1", "now-2", "now-3", "middle", "late");
        }
    }

    @Test
    void runsExecutedTasksInSubmissionOrderOnOneThread() throws InterruptedException {
        try (PreciseScheduler scheduler = new PreciseScheduler("precise-test")) {
            int count = 2_000;
            List<Integer> order = new ArrayList<>();
            List<String> threads = new ArrayList<>();
            CountDownLatch done = new CountDownLatch(1);
            for (int i = 0; i < count; i++) {
                int n = i;
                Runnable task = () -> {
                    order.add(n);
                    threads.add(Thread.currentThread().getName());
                    if (n == count - 1) {
                        done.countDown();
                    }
                };
                if (i % 2 == 0) {
                    scheduler.execute(task);
                } else {
                    scheduler.schedule(Duration.ZERO, task);
                }
            }

            assertThat(done.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(order).hasSize(count).isSorted();
            assertThat(threads).containsOnly("precise-test");
        }
    }

    @Test
    void cancelledTaskDoesNotRun() throws InterruptedException {
        try (PreciseScheduler scheduler = new PreciseScheduler("precise-test")) {
            AtomicBoolean cancelledRan = new AtomicBoolean();
            Scheduler.Cancellable c = scheduler.schedule(Duration.ofMillis(20), () -> cancelledRan.set(true));
            c.cancel();
            CountDownLatch after = new CountDownLatch(1);
            scheduler.schedule(Duration.ofMillis(40), after::countDown);

            assertThat(after.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(cancelledRan).isFalse();
            assertThat(scheduler.pending()).isZero();
        }
    }

    @Test
    void earlierDeadlineWakesTheParkedThread() throws InterruptedException {
        try (PreciseScheduler scheduler = new PreciseScheduler("precise-test")) {
            AtomicBoolean farRan = new AtomicBoolean();
            scheduler.schedule(Duration.ofHours(1), () -> farRan.set(true));
            Thread timer = timerThread(scheduler);
            CountDownLatch never = new CountDownLatch(1);
            for (int i = 0; i < 10_000 && timer.getState() != Thread.State.TIMED_WAITING; i++) {
                never.await(1, TimeUnit.MILLISECONDS);
            }
            CountDownLatch near = new CountDownLatch(1);
            scheduler.schedule(Duration.ofMillis(5), near::countDown);

            assertThat(near.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(farRan).isFalse();
            assertThat(scheduler.pending()).isEqualTo(1);
        }
    }

    @Test
    void throwingTaskIsCountedAndTheThreadGoesOn() throws InterruptedException {
        try (PreciseScheduler scheduler = new PreciseScheduler("precise-test")) {
            scheduler.execute(() -> {
                throw new IllegalStateException("task failure");
            });
            scheduler.schedule(Duration.ofMillis(1), () -> {
                throw new AssertionError("task error");
            });
            CountDownLatch after = new CountDownLatch(1);
            scheduler.schedule(Duration.ofMillis(2), after::countDown);

            assertThat(after.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(scheduler.failedTasks()).isEqualTo(2);
        }
    }

    @Test
    void closeStopsTheThreadAndDropsPendingTasks() throws InterruptedException {
        PreciseScheduler scheduler = new PreciseScheduler("precise-test");
        Thread timer = timerThread(scheduler);
        AtomicBoolean pendingRan = new AtomicBoolean();
        scheduler.schedule(Duration.ofMillis(200), () -> pendingRan.set(true));

        scheduler.close();

        assertThat(timer.isAlive()).isFalse();
        assertThat(scheduler.pending()).isZero();
        scheduler.execute(() -> pendingRan.set(true));
        scheduler.schedule(Duration.ZERO, () -> pendingRan.set(true)).cancel();
        assertThat(scheduler.pending()).isZero();
        assertThat(pendingRan).isFalse();
    }

    @Test
    void closeFromATaskStopsTheThread() throws InterruptedException {
        PreciseScheduler scheduler = new PreciseScheduler("precise-test");
        Thread timer = timerThread(scheduler);
        AtomicBoolean laterRan = new AtomicBoolean();
        scheduler.execute(scheduler::close);
        scheduler.execute(() -> laterRan.set(true));

        timer.join(TimeUnit.SECONDS.toMillis(BOUND_SECONDS));
        assertThat(timer.isAlive()).isFalse();
        assertThat(laterRan).isFalse();
    }

    private static Thread timerThread(PreciseScheduler scheduler) throws InterruptedException {
        AtomicReference<Thread> thread = new AtomicReference<>();
        CountDownLatch seen = new CountDownLatch(1);
        scheduler.execute(() -> {
            thread.set(Thread.currentThread());
            seen.countDown();
        });
        assertThat(seen.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        return thread.get();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
