package org.bmcplatform.sim.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.binding.smbus.SmbusPort;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VirtualSmbusSegmentTest {
    private final VirtualScheduler scheduler = new VirtualScheduler();

    /** A frame to a 7-bit address: dest<<1, then filler bytes up to {@code length}. */
    private static Bytes frameTo(int address7, int length) {
        int[] b = new int[length];
        b[0] = address7 << 1;
        for (int i = 1; i < length; i++) {
            b[i] = i;
        }
        return Bytes.ofUnsigned(b);
    }

    @ParameterizedTest
    @CsvSource({"100000, 29, 2622700", "400000, 29, 655000", "1000000, 29, 262020", "100000, 72, 6492700"})
    void writeCompletesAfterExactlyItsWireTime(int clockHz, int length, long expectedNanos) {
        VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus0", clockHz, scheduler);
        SmbusPort host = segment.attach(0x10);
        SmbusPort drive = segment.attach(0x1d);
        List<Bytes> received = new ArrayList<>();
        drive.start(received::add);
        Bytes frame = frameTo(0x1d, length);

        CompletableFuture<Void> done = host.write(frame).toCompletableFuture();
        scheduler.advance(Duration.ofNanos(expectedNanos - 1));
        assertThat(done).isNotDone();
        assertThat(received).isEmpty();
        scheduler.advance(Duration.ofNanos(1));

        assertThat(done).isCompletedWithValue(null);
        assertThat(received).containsExactly(frame);
        assertThat(segment.stats()).isEqualTo(new SegmentStats(expectedNanos, 1, length, 0, expectedNanos));
    }

    @Test
    void concurrentWritesAreCarriedOneAfterAnotherInArrivalOrder() {
        VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus1", 400_000, scheduler);
        SmbusPort host = segment.attach(0x10);
        SmbusPort a = segment.attach(0x1d);
        SmbusPort b = segment.attach(0x1e);
        List<String> log = new ArrayList<>();
        a.start(f -> log.add("a@" + scheduler.nanoTime()));
        b.start(f -> log.add("b@" + scheduler.nanoTime()));
        host.start(f -> log.add("host@" + scheduler.nanoTime()));

        host.write(frameTo(0x1d, 29));
        a.write(frameTo(0x10, 10));
        host.write(frameTo(0x1e, 29));
        scheduler.advance(Duration.ofMillis(5));

        long t1 = 29 * 22_500 + 2_500;
        long t2 = 10 * 22_500 + 2_500;
        assertThat(log).containsExactly("a@" + t1, "host@" + (t1 + t2), "b@" + (t1 + t2 + t1));
        assertThat(segment.stats().busyNanos()).isEqualTo(2 * t1 + t2);
        assertThat(segment.stats().utilisationSince(new SegmentStats(0, 0, 0, 0, 0)))
                .isEqualTo((2 * t1 + t2) / 5_000_000.0);
    }

    @Test
    void absentAddressIsNackedAfterTheAddressByteTime() {
        VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus0", 100_000, scheduler);
        SmbusPort host = segment.attach(0x10);

        CompletableFuture<Void> done = host.write(frameTo(0x22, 29)).toCompletableFuture();
        scheduler.advance(Duration.ofNanos(90_000 + 12_700 - 1));
        assertThat(done).isNotDone();
        scheduler.advance(Duration.ofNanos(1));

        assertThat(done).isCompletedExceptionally();
        assertThat(MctpException.extract(done.handle((v, e) -> e).join()))
                .hasValueSatisfying(e -> assertThat(e.reason()).isEqualTo(MctpException.Reason.TRANSMIT_FAILED));
        assertThat(segment.stats().nacks()).isEqualTo(1);
        assertThat(segment.stats().bytes()).isZero();
    }

    @Test
    void detachedPortIsNackedAndItsAddressCanBeAttachedAgain() {
        VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus0", 100_000, scheduler);
        SmbusPort host = segment.attach(0x10);
        SmbusPort drive = segment.attach(0x1d);
        drive.start(f -> { });
        drive.close();

        CompletableFuture<Void> done = host.write(frameTo(0x1d, 29)).toCompletableFuture();
        scheduler.advance(Duration.ofMillis(1));
        assertThat(done).isCompletedExceptionally();

        SmbusPort again = segment.attach(0x1d);
        List<Bytes> received = new ArrayList<>();
        again.start(received::add);
        CompletableFuture<Void> second = host.write(frameTo(0x1d, 29)).toCompletableFuture();
        scheduler.advance(Duration.ofMillis(3));
        assertThat(second).isCompletedWithValue(null);
        assertThat(received).hasSize(1);
    }

    @Test
    void attachedPortThatIsNotReceivingDoesNotAcknowledge() {
        VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus0", 100_000, scheduler);
        SmbusPort host = segment.attach(0x10);
        segment.attach(0x1d);

        CompletableFuture<Void> done = host.write(frameTo(0x1d, 29)).toCompletableFuture();
        scheduler.advance(Duration.ofMillis(1));
        assertThat(done).isCompletedExceptionally();
    }

    @Test
    void closedPortCannotWrite() {
        VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus0", 100_000, scheduler);
        SmbusPort host = segment.attach(0x10);
        host.close();
        host.close();

        CompletableFuture<Void> done = host.write(frameTo(0x1d, 29)).toCompletableFuture();
        assertThat(MctpException.extract(done.handle((v, e) -> e).join()))
                .hasValueSatisfying(e -> assertThat(e.reason()).isEqualTo(MctpException.Reason.BINDING_DOWN));
    }

    @Test
    void closingTheSegmentFailsQueuedWrites() {
        VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus0", 100_000, scheduler);
        SmbusPort host = segment.attach(0x10);
        segment.attach(0x1d).start(f -> { });
        host.write(frameTo(0x1d, 29));
        CompletableFuture<Void> queued = host.write(frameTo(0x1d, 29)).toCompletableFuture();

        segment.close();

        assertThat(MctpException.extract(queued.handle((v, e) -> e).join()))
                .hasValueSatisfying(e -> assertThat(e.reason()).isEqualTo(MctpException.Reason.BINDING_DOWN));
    }

    @Test
    void queueFollowsTheWireTimelineWhenTimersFireLate() {
        // Timers that fire late (real time) must not push later transactions back: the second write
        // starts when the first ended on the wire, not when its timer ran.
        LateScheduler late = new LateScheduler(scheduler, 50_000);
        VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus0", 100_000, late);
        SmbusPort host = segment.attach(0x10);
        List<Long> at = new ArrayList<>();
        segment.attach(0x1d).start(f -> at.add(scheduler.nanoTime()));
        for (int i = 0; i < 3; i++) {
            host.write(frameTo(0x1d, 29));
        }
        scheduler.advance(Duration.ofMillis(20));

        long t = 2_622_700;
        // each completion is observed 50 µs late, but the ends stay on the wire's timeline: t, 2t, 3t
        assertThat(at).containsExactly(t + 50_000, 2 * t + 50_000, 3 * t + 50_000);
    }

    /** Delays every timer by a fixed lateness, as a busy real-time executor does. */
    private static final class LateScheduler implements org.bmcplatform.mctp.time.Scheduler {
        private final VirtualScheduler inner;
        private final long latenessNanos;

        LateScheduler(VirtualScheduler inner, long latenessNanos) {
            this.inner = inner;
            this.latenessNanos = latenessNanos;
        }

        @Override
        public java.time.Instant now() {
            return inner.now();
        }

        @Override
        public long nanoTime() {
            return inner.nanoTime();
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable task) {
            return inner.schedule(delay.plusNanos(latenessNanos), task);
        }
    }

    // SMBus block read (SMBus 3.x §6.5.7): address+W, command, repeated START, address+R, count, data, [PEC].
    // 100 kHz: 9 clocks = 90 µs a byte, framing 12.7 µs, repeated START 4.7 + 4.0 = 8.7 µs.
    // 400 kHz: 22.5 µs a byte, framing 2.5 µs, repeated START 0.6 + 0.6 = 1.2 µs.
    private static final Bytes STATUS_WITH_PEC = Bytes.fromHex("06 38 ff 2a 03 00 00 5e");

    @ParameterizedTest
    @CsvSource({
            // 3 + 1 + 6 + 1 = 11 bytes: 990 µs + 12.7 + 8.7
            "100000, true, 1011400",
            // 10 bytes: 900 µs + 21.4
            "100000, false, 921400",
            // 11 bytes: 247.5 µs + 2.5 + 1.2
            "400000, true, 251200"})
    void blockReadCompletesAfterItsWireTimeWithWhatTheMasterRead(int clockHz, boolean pec, long expectedNanos) {
        VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus1", clockHz, scheduler);
        SmbusPort host = segment.attach(0x10);
        List<Integer> asked = new ArrayList<>();
        segment.serveBlockReads(0x6a, command -> {
            asked.add(command);
            return Optional.of(STATUS_WITH_PEC);
        });

        CompletableFuture<Bytes> read = host.blockRead(0x6a, 0x00, pec).toCompletableFuture();
        scheduler.advance(Duration.ofNanos(expectedNanos - 1));
        assertThat(read).isNotDone();
        scheduler.advance(Duration.ofNanos(1));

        assertThat(read.join()).isEqualTo(pec ? STATUS_WITH_PEC : STATUS_WITH_PEC.slice(0, 7));
        assertThat(asked).containsExactly(0x00);
        assertThat(segment.stats().busyNanos()).isEqualTo(expectedNanos);
        assertThat(segment.stats().bytes()).isEqualTo(pec ? 11 : 10);
    }

    @Test
    void masterReadingAPecFromADeviceThatSendsNoneGetsTheIdleBus() {
        VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus1", 400_000, scheduler);
        SmbusPort host = segment.attach(0x10);
        segment.serveBlockReads(0x6a, command -> Optional.of(STATUS_WITH_PEC.slice(0, 7)));

        CompletableFuture<Bytes> read = host.blockRead(0x6a, 0x00, true).toCompletableFuture();
        scheduler.advance(Duration.ofMillis(1));

        assertThat(read.join()).isEqualTo(Bytes.fromHex("06 38 ff 2a 03 00 00 ff"));
    }

    @Test
    void blockReadOfAnAddressNobodyServesIsNackedAfterTheAddressByte() {
        VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus0", 100_000, scheduler);
        SmbusPort host = segment.attach(0x10);
        SmbusPort mctpOnly = segment.attach(0x1d);
        mctpOnly.start(f -> { });

        CompletableFuture<Bytes> absent = host.blockRead(0x6a, 0x00, false).toCompletableFuture();
        CompletableFuture<Bytes> notServing = host.blockRead(0x1d, 0x00, false).toCompletableFuture();
        scheduler.advance(Duration.ofMillis(1));

        assertThat(failure(absent)).hasMessage("smbus0: block read of 0x6a command 0x00: address not acknowledged");
        assertThat(failure(notServing).reason()).isEqualTo(MctpException.Reason.TRANSMIT_FAILED);
        // START, the address byte, STOP, bus free: 90 µs + 12.7 µs each
        assertThat(segment.stats()).isEqualTo(new SegmentStats(1_000_000, 2, 0, 2, 2 * 102_700));
    }

    @Test
    void refusedCommandCodeIsNackedAfterTheCommandByte() {
        VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus0", 100_000, scheduler);
        SmbusPort host = segment.attach(0x10);
        segment.serveBlockReads(0x6a, command -> Optional.empty());

        CompletableFuture<Bytes> read = host.blockRead(0x6a, 0x42, false).toCompletableFuture();
        scheduler.advance(Duration.ofMillis(1));

        assertThat(failure(read)).hasMessage("smbus0: block read of 0x6a command 0x42: command code 0x42 not acknowledged");
        assertThat(segment.stats().busyNanos()).isEqualTo(2 * 90_000 + 12_700);
    }

    @Test
    void blockReadsShareTheWireWithFramesInArrivalOrder() {
        VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus1", 400_000, scheduler);
        SmbusPort host = segment.attach(0x10);
        SmbusPort drive = segment.attach(0x1d);
        List<String> log = new ArrayList<>();
        drive.start(f -> log.add("frame@" + scheduler.nanoTime()));
        segment.serveBlockReads(0x6a, command -> Optional.of(STATUS_WITH_PEC));

        host.write(frameTo(0x1d, 29));
        host.blockRead(0x6a, 0x00, true).thenRun(() -> log.add("read@" + scheduler.nanoTime()));
        scheduler.advance(Duration.ofMillis(2));

        long frame = 29 * 22_500 + 2_500;
        assertThat(log).containsExactly("frame@" + frame, "read@" + (frame + 251_200));
    }

    @Test
    void blockWriteToADeviceThatOnlyServesBlockReadsIsNacked() {
        VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus1", 400_000, scheduler);
        SmbusPort host = segment.attach(0x10);
        segment.serveBlockReads(0x6a, command -> Optional.of(STATUS_WITH_PEC));

        CompletableFuture<Void> done = host.write(frameTo(0x6a, 12)).toCompletableFuture();
        scheduler.advance(Duration.ofMillis(1));

        assertThat(failure(done).reason()).isEqualTo(MctpException.Reason.TRANSMIT_FAILED);
    }

    private static MctpException failure(CompletableFuture<?> f) {
        assertThat(f).isCompletedExceptionally();
        Throwable t = f.handle((v, e) -> e).join();
        while (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        assertThat(t).isInstanceOf(MctpException.class);
        return (MctpException) t;
    }
}
