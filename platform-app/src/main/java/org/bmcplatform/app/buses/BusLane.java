package org.bmcplatform.app.buses;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * One exchange at a time on one SMBus segment (DSP0237 §6: the segment carries one transfer at a
 * time, and an endpoint answers one request at a time). Discovery and health polling both submit
 * their exchanges here; they run in submission order, each starting when the previous one ended.
 */
public final class BusLane {
    private final String busName;
    private final Deque<Job<?>> waiting = new ArrayDeque<>();
    private boolean busy;
    private long completed;

    public BusLane(String busName) {
        this.busName = busName;
    }

    public String busName() {
        return busName;
    }

    /** Queues an exchange; the supplier is called when the lane is free. */
    public <T> CompletableFuture<T> submit(Supplier<? extends CompletionStage<T>> exchange) {
        Job<T> job = new Job<>(exchange);
        boolean start;
        synchronized (this) {
            start = !busy;
            if (start) {
                busy = true;
            } else {
                waiting.add(job);
            }
        }
        if (start) {
            run(job);
        }
        return job.result;
    }

    /** Exchanges waiting behind the running one. */
    public synchronized int queued() {
        return waiting.size();
    }

    /** Exchanges finished, successfully or not. */
    public synchronized long completed() {
        return completed;
    }

    private void run(Job<?> job) {
        CompletionStage<?> stage;
        try {
            stage = job.exchange.get();
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        stage.whenComplete((value, error) -> {
            next();
            job.finish(value, error);
        });
    }

    private void next() {
        Job<?> following;
        synchronized (this) {
            completed++;
            following = waiting.poll();
            if (following == null) {
                busy = false;
                return;
            }
        }
        run(following);
    }

    private static final class Job<T> {
        final Supplier<? extends CompletionStage<T>> exchange;
        final CompletableFuture<T> result = new CompletableFuture<>();

        Job(Supplier<? extends CompletionStage<T>> exchange) {
            this.exchange = exchange;
        }

        @SuppressWarnings("unchecked")
        void finish(Object value, Throwable error) {
            if (error != null) {
                result.completeExceptionally(error);
            } else {
                result.complete((T) value);
            }
        }
    }
}
