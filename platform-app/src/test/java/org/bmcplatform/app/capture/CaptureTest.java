package org.bmcplatform.app.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.binding.loopback.LoopbackBinding;
import org.bmcplatform.mctp.capture.CaptureRecord;
import org.bmcplatform.mctp.capture.Direction;
import org.bmcplatform.mctp.capture.PcapngReader;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One capture on a loopback interface under virtual time: its limits stop it, and its file stays whole. */
class CaptureTest {
    /** DSP0236 §8.1: version 1, to EID 8 from EID 9, SOM EOM, tag 0, then a control message byte. */
    private static final Bytes PACKET = Bytes.fromHex("01 08 09 c0 00 02 03 04");

    @TempDir
    Path dir;

    private final VirtualScheduler scheduler = new VirtualScheduler(Instant.parse("2026-01-31T12:00:00Z"));
    private final MctpStack stack = new MctpStack(scheduler, StackSettings.DEFAULTS);
    private final LoopbackBinding.Pair link = LoopbackBinding.pair(scheduler, 68);
    private final MctpInterface lo0 = stack.addInterface("lo0", 1, link.first());

    @AfterEach
    void close() {
        stack.close();
    }

    @Test
    void aCaptureStopsItselfWhenItsTimeLimitPasses() throws IOException {
        Capture capture = start(new CaptureLimits(null, null, 5L));
        arrive(2);

        scheduler.advance(Duration.ofSeconds(5));
        arrive(3);

        CaptureView view = capture.view();
        assertThat(view.state()).isEqualTo(CaptureState.STOPPED);
        assertThat(view.stopReason()).isEqualTo(StopReason.TIME_LIMIT);
        assertThat(view.stoppedAt()).isEqualTo(Instant.parse("2026-01-31T12:00:05Z"));
        assertThat(view.packets()).isEqualTo(2);
        assertThat(records(capture)).hasSize(2).allSatisfy(r -> assertThat(r.direction()).isEqualTo(Direction.INBOUND));
    }

    @Test
    void aCaptureStopsBeforeItsFilePassesTheByteLimit() throws IOException {
        Capture capture = start(new CaptureLimits(null, 300L, null));

        arrive(10);

        CaptureView view = capture.view();
        assertThat(view.stopReason()).isEqualTo(StopReason.BYTE_LIMIT);
        assertThat(view.bytes()).isLessThanOrEqualTo(300).isEqualTo(Files.size(capture.file()));
        assertThat(records(capture)).hasSize((int) view.packets().longValue()).isNotEmpty();
    }

    @Test
    void aCaptureStopsAfterItsPacketLimitAndLeavesTheInterfaceUntapped() throws IOException {
        Capture capture = start(new CaptureLimits(3L, null, null));

        arrive(5);

        assertThat(capture.view().stopReason()).isEqualTo(StopReason.PACKET_LIMIT);
        assertThat(capture.isRunning()).isFalse();
        assertThat(records(capture)).hasSize(3);
        assertThat(lo0.counters().tapFailures()).isZero();
        assertThat(lo0.counters().packetsIn()).isEqualTo(5);
    }

    @Test
    void stoppingIsOnceAndTheFirstReasonStays() throws IOException {
        Capture capture = start(CaptureLimits.NONE);
        arrive(1);

        assertThat(capture.stop(StopReason.REQUESTED)).isTrue();
        assertThat(capture.stop(StopReason.SHUTDOWN)).isFalse();
        arrive(1);

        assertThat(capture.view().stopReason()).isEqualTo(StopReason.REQUESTED);
        assertThat(capture.view().packets()).isEqualTo(1);
        assertThat(records(capture)).hasSize(1);
    }

    private Capture start(CaptureLimits limits) throws IOException {
        CaptureFiles.NewFile file = new CaptureFiles(dir).create("lo0", scheduler.now());
        return Capture.start(file.id(), lo0, file.file(), file.out(), limits, 1 << 20, scheduler);
    }

    /** Packets from the far end, as the medium delivers them. */
    private void arrive(int packets) {
        for (int i = 0; i < packets; i++) {
            link.first().inject(PACKET);
        }
        scheduler.runDue();
    }

    private static java.util.List<CaptureRecord> records(Capture capture) throws IOException {
        try (PcapngReader reader = PcapngReader.open(capture.file())) {
            return reader.readAll();
        }
    }
}
