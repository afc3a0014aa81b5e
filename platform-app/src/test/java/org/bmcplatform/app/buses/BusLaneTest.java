package org.bmcplatform.app.buses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BusLaneTest {
    private final BusLane lane = new BusLane("smbus0");
    private final List<String> started = new ArrayList<>();

    @Test
    void startsAnExchangeOnlyWhenThePreviousOneEnded() {
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = new CompletableFuture<>();
        CompletableFuture<String> a = lane.submit(() -> begin("a", first));
        CompletableFuture<String> b = lane.submit(() -> begin("b", second));

        assertThat(started).containsExactly("a");
        assertThat(lane.queued()).isEqualTo(1);

        first.complete("A");
        assertThat(a).isCompletedWithValue("A");
        assertThat(started).containsExactly("a", "b");

        second.complete("B");
        assertThat(b).isCompletedWithValue("B");
        assertThat(lane.completed()).isEqualTo(2);
    }

    @Test
    void aFailedExchangeFreesTheLaneForTheNext() {
        CompletableFuture<String> failing = new CompletableFuture<>();
        CompletableFuture<String> a = lane.submit(() -> begin("a", failing));
        CompletableFuture<String> b = lane.submit(() -> begin("b", CompletableFuture.completedFuture("B")));

        failing.completeExceptionally(new IllegalStateException("no acknowledge"));

        assertThat(a).isCompletedExceptionally();
        assertThat(b).isCompletedWithValue("B");
    }

    @Test
    void anExchangeThatThrowsWhenStartedFailsItsFutureAndFreesTheLane() {
        CompletableFuture<String> a = lane.submit(() -> {
            throw new IllegalStateException("binding closed");
        });
        CompletableFuture<String> b = lane.submit(() -> begin("b", CompletableFuture.completedFuture("B")));

        assertThat(a).isCompletedExceptionally();
        assertThat(b).isCompletedWithValue("B");
    }

    private CompletableFuture<String> begin(String name, CompletableFuture<String> result) {
        started.add(name);
        return result;
    }
}
