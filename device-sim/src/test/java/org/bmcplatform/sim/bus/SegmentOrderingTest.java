package org.bmcplatform.sim.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.smbus.SmbusPort;
import org.bmcplatform.mctp.time.Scheduler;
import org.junit.jupiter.api.Test;

/**
 * On a real, multi-threaded scheduler timers fire late and concurrently. Frames must still reach
 * their target in the order they were carried on the wire (a reordered pair of fragments shows up
 * as SEQUENCE_ERROR and UNEXPECTED_FRAGMENT drops at the receiver).
 */
class SegmentOrderingTest {

    /** Every timer is already late: the task runs at once on one of several threads. */
    private static final class LateTimers implements Scheduler, AutoCloseable {
        private final ExecutorService pool = Executors.newFixedThreadPool(4);

        @Override
        public Instant now() {
            return Instant.EPOCH;
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable task) {
            pool.execute(task);
            return () -> { };
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    @Test
    void framesArriveInWireOrderWhenTimersFireLateOnSeveralThreads() {
        try (LateTimers timers = new LateTimers()) {
            VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus1", 400_000, timers);
            SmbusPort drive = segment.attach(0x1d);
            SmbusPort host = segment.attach(0x10);
            List<Integer> received = Collections.synchronizedList(new ArrayList<>());
            host.start(frame -> received.add(frame.get(1) << 8 | frame.get(2)));

            List<CompletableFuture<Void>> writes = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                writes.add(drive.write(Bytes.ofUnsigned(0x10 << 1, i >> 8, i & 0xFF)).toCompletableFuture());
            }
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();

            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                expected.add(i);
            }
            assertThat(received).containsExactlyElementsOf(expected);
        }
    }
}
