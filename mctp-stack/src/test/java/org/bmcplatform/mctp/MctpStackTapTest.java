package org.bmcplatform.mctp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.capture.CapturedPacket;
import org.bmcplatform.mctp.capture.Direction;
import org.bmcplatform.mctp.capture.CaptureRecord;
import org.bmcplatform.mctp.capture.PacketTap;
import org.bmcplatform.mctp.capture.PcapngReader;
import org.bmcplatform.mctp.capture.PcapngWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MctpStackTapTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private static void echo(MctpStack stack) {
        stack.handle(MessageType.PLDM, RequestHandler.immediate(r -> Optional.of(r.message().concat(Bytes.ofUnsigned(0xAA)))));
    }

    @Test
    void requestIsSeenOutboundOnTheRequesterAndInboundOnTheResponderAndTheAnswerTheOtherWay() throws TimeoutException {
        try (StackPair p = new StackPair()) {
            echo(p.responder);
            p.link.first().setLatency(Duration.ofMillis(3));
            p.link.second().setLatency(Duration.ofMillis(2));
            List<CapturedPacket> requesterSide = new CopyOnWriteArrayList<>();
            List<CapturedPacket> responderSide = new CopyOnWriteArrayList<>();
            p.requesterIf.addTap(requesterSide::add);
            p.responderIf.addTap(responderSide::add);

            p.scheduler.await(p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01, 0x02)), LIMIT);

            // DSP0236 §8.1: version 1, destination 9, source 8, SOM|EOM|TO tag 0; the answer has TO=0
            Bytes request = Bytes.ofUnsigned(0x01, 0x09, 0x08, 0xC8, 0x01, 0x02);
            Bytes response = Bytes.ofUnsigned(0x01, 0x08, 0x09, 0xC0, 0x01, 0x02, 0xAA);
            assertThat(requesterSide).containsExactly(
                    new CapturedPacket(EPOCH, "bus0", Direction.OUTBOUND, request, StackPair.RESPONDER_ADDRESS),
                    new CapturedPacket(EPOCH.plusMillis(5), "bus0", Direction.INBOUND, response, StackPair.RESPONDER_ADDRESS));
            assertThat(responderSide).containsExactly(
                    new CapturedPacket(EPOCH.plusMillis(3), "bus0", Direction.INBOUND, request, StackPair.REQUESTER_ADDRESS),
                    new CapturedPacket(EPOCH.plusMillis(3), "bus0", Direction.OUTBOUND, response, StackPair.REQUESTER_ADDRESS));
        }
    }

    @Test
    void everyFragmentOfAMessageIsSeen() throws TimeoutException {
        try (StackPair p = new StackPair()) {
            echo(p.responder);
            List<CapturedPacket> seen = new CopyOnWriteArrayList<>();
            p.requesterIf.addTap(seen::add);
            byte[] message = new byte[150];
            message[0] = 0x01;

            p.scheduler.await(p.requester.request(1, StackPair.RESPONDER_EID, Bytes.wrap(message)), LIMIT);

            // 150 bytes at the baseline 64-byte payload: 3 packets out, 3 back (151 bytes)
            assertThat(seen).extracting(CapturedPacket::direction).containsExactly(Direction.OUTBOUND, Direction.OUTBOUND,
                    Direction.OUTBOUND, Direction.INBOUND, Direction.INBOUND, Direction.INBOUND);
            assertThat(seen).extracting(c -> c.packet().get(3) & 0xF0).containsExactly(0x80, 0x10, 0x60, 0x80, 0x10, 0x60);
            assertThat(seen.subList(0, 3)).extracting(c -> c.packet().length()).containsExactly(68, 68, 4 + 22);
        }
    }

    @Test
    void packetDroppedAfterReceptionIsStillSeen() {
        try (StackPair p = new StackPair()) {
            List<CapturedPacket> seen = new CopyOnWriteArrayList<>();
            p.responderIf.addTap(seen::add);
            Bytes notForUs = Bytes.ofUnsigned(0x01, 0x33, 0x08, 0xC8, 0x01, 0x02);

            p.link.second().inject(notForUs);
            p.scheduler.runDue();

            assertThat(p.responderIf.drops().get(DropReason.NOT_FOR_US)).isEqualTo(1);
            assertThat(seen).singleElement().satisfies(c -> {
                assertThat(c.packet()).isEqualTo(notForUs);
                assertThat(c.direction()).isEqualTo(Direction.INBOUND);
                assertThat(c.peer()).isEqualTo(StackPair.REQUESTER_ADDRESS);
            });
        }
    }

    @Test
    void throwingTapIsRemovedAndCountedWhileTheExchangeCompletesAndOtherTapsGoOn() throws TimeoutException {
        try (StackPair p = new StackPair()) {
            echo(p.responder);
            List<CapturedPacket> seen = new CopyOnWriteArrayList<>();
            PacketTap broken = c -> {
                throw new IllegalStateException("disk full");
            };
            p.requesterIf.addTap(broken);
            p.requesterIf.addTap(seen::add);
            p.responderIf.addTap(broken);

            Bytes answer = p.scheduler.await(p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01, 0x02)), LIMIT);
            p.scheduler.await(p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01, 0x03)), LIMIT);

            assertThat(answer).isEqualTo(Bytes.ofUnsigned(0x01, 0x02, 0xAA));
            assertThat(seen).hasSize(4);
            assertThat(p.requesterIf.counters().tapFailures()).isEqualTo(1);
            assertThat(p.responderIf.counters().tapFailures()).isEqualTo(1);
            assertThat(p.requesterIf.drops().total()).isZero();
            assertThat(p.responderIf.drops().total()).isZero();
        }
    }

    @Test
    void tapAddedTwiceSeesEachPacketOnceAndARemovedTapSeesNothing() throws TimeoutException {
        try (StackPair p = new StackPair()) {
            echo(p.responder);
            List<CapturedPacket> seen = new CopyOnWriteArrayList<>();
            PacketTap tap = seen::add;
            p.requesterIf.addTap(tap);
            p.requesterIf.addTap(tap);
            p.scheduler.await(p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01, 0x02)), LIMIT);
            p.requesterIf.removeTap(tap);
            p.requesterIf.removeTap(tap);
            p.scheduler.await(p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01, 0x02)), LIMIT);

            assertThat(seen).hasSize(2);
        }
    }

    @Test
    void pcapngFilesOfBothEndsShowTheExchangeWithDirectionsWhileABrokenTapIsIgnored(@TempDir Path dir)
            throws IOException, TimeoutException {
        Path requesterFile = dir.resolve("requester.pcapng");
        Path responderFile = dir.resolve("responder.pcapng");
        try (StackPair p = new StackPair();
             PcapngWriter requesterCapture = new PcapngWriter(requesterFile);
             PcapngWriter responderCapture = new PcapngWriter(responderFile)) {
            echo(p.responder);
            p.link.first().setLatency(Duration.ofMillis(1));
            p.responderIf.addTap(c -> {
                throw new IllegalStateException("broken");
            });
            p.requesterIf.addTap(requesterCapture);
            p.responderIf.addTap(responderCapture);

            Bytes answer = p.scheduler.await(p.requester.request(1, StackPair.RESPONDER_EID, Bytes.ofUnsigned(0x01, 0x02)), LIMIT);

            assertThat(answer).isEqualTo(Bytes.ofUnsigned(0x01, 0x02, 0xAA));
            p.requesterIf.removeTap(requesterCapture);
            p.responderIf.removeTap(responderCapture);
        }
        Bytes request = Bytes.ofUnsigned(0x01, 0x09, 0x08, 0xC8, 0x01, 0x02);
        Bytes response = Bytes.ofUnsigned(0x01, 0x08, 0x09, 0xC0, 0x01, 0x02, 0xAA);
        assertThat(read(requesterFile)).containsExactly(
                new CapturedPacket(EPOCH, "bus0", Direction.OUTBOUND, request, StackPair.RESPONDER_ADDRESS),
                new CapturedPacket(EPOCH.plusMillis(1), "bus0", Direction.INBOUND, response, StackPair.RESPONDER_ADDRESS));
        assertThat(read(responderFile)).containsExactly(
                new CapturedPacket(EPOCH.plusMillis(1), "bus0", Direction.INBOUND, request, StackPair.REQUESTER_ADDRESS),
                new CapturedPacket(EPOCH.plusMillis(1), "bus0", Direction.OUTBOUND, response, StackPair.REQUESTER_ADDRESS));
    }

    private static List<CapturedPacket> read(Path file) throws IOException {
        try (PcapngReader r = PcapngReader.open(file)) {
            return r.readAll().stream().map(c -> ((CaptureRecord.Mctp) c).packet()).toList();
        }
    }
}
