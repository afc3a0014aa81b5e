package org.bmcplatform.mctp.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.VectorFiles;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.packet.MctpPacket;
import org.bmcplatform.mctp.packet.PacketHeader;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReassemblerTest {
    private static final int NET = 1;
    private static final EndpointId DST = EndpointId.of(8);
    private static final EndpointId SRC = EndpointId.of(9);

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final DropCounters drops = new DropCounters();
    private Reassembler reassembler = new Reassembler(scheduler, ReassemblySettings.DEFAULTS, drops);

    private static MctpPacket packet(boolean som, boolean eom, int seq, int tag, Bytes payload) {
        return new MctpPacket(PacketHeader.of(DST, SRC, som, eom, seq, true, tag), payload);
    }

    private static Bytes filled(int length, int value) {
        byte[] b = new byte[length];
        java.util.Arrays.fill(b, (byte) value);
        return Bytes.wrap(b);
    }

    private List<Bytes> feed(List<MctpPacket> packets) {
        List<Bytes> out = new ArrayList<>();
        for (MctpPacket p : packets) {
            reassembler.accept(NET, p).ifPresent(out::add);
        }
        return out;
    }

    static Stream<Arguments> sequenceRules() {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : VectorFiles.load("dsp0236/mctp-control.json").get("sequence_rules").get("cases")) {
            out.add(Arguments.of(Named.of(c.get("packets").toString(), c.get("packets")), c.get("delivered").asBoolean()));
        }
        return out.stream();
    }

    // DSP0236 §8.8; libmctp tests/test_seq.c restated in the vector file
    @ParameterizedTest
    @MethodSource("sequenceRules")
    void sequenceRuleVectorDecidesDelivery(JsonNode packets, boolean delivered) {
        List<MctpPacket> list = new ArrayList<>();
        for (JsonNode p : packets) {
            String flags = p.get(0).asText();
            int seq = p.get(1).asInt();
            boolean som = flags.contains("SOM");
            boolean eom = flags.contains("EOM");
            list.add(packet(som, eom, seq, 1, filled(eom && !som ? 10 : 64, seq)));
        }
        assertThat(feed(list)).hasSize(delivered ? 1 : 0);
        if (!delivered) {
            assertThat(drops.get(DropReason.SEQUENCE_ERROR)).isEqualTo(1);
        }
    }

    @Test
    void singlePacketMessageIsDeliveredAtOnce() {
        assertThat(reassembler.accept(NET, packet(true, true, 2, 0, Bytes.ofUnsigned(0x00, 0x80, 0x02))))
                .contains(Bytes.ofUnsigned(0x00, 0x80, 0x02));
        assertThat(reassembler.inProgress()).isZero();
    }

    @Test
    void sequenceWrapsFromThreeToZero() {
        List<MctpPacket> p = Fragmenter.fragment(DST, SRC, true, 0, FragmenterTest.message(64 * 5 + 3), 68, 2);
        assertThat(p).extracting(x -> x.header().sequence()).containsExactly(2, 3, 0, 1, 2, 3);
        assertThat(feed(p)).containsExactly(FragmenterTest.message(64 * 5 + 3));
    }

    @Test
    void missingMiddleFragmentDropsTheWholeMessage() {
        List<MctpPacket> p = new ArrayList<>(Fragmenter.fragment(DST, SRC, true, 0, FragmenterTest.message(64 * 3 + 1), 68, 0));
        p.remove(1);
        assertThat(feed(p)).isEmpty();
        assertThat(drops.get(DropReason.SEQUENCE_ERROR)).isEqualTo(1);
        assertThat(drops.get(DropReason.UNEXPECTED_FRAGMENT)).isEqualTo(1);
        assertThat(reassembler.inProgress()).isZero();
    }

    @Test
    void outOfOrderFragmentsDropTheMessage() {
        List<MctpPacket> p = new ArrayList<>(Fragmenter.fragment(DST, SRC, true, 0, FragmenterTest.message(64 * 3 + 1), 68, 0));
        MctpPacket second = p.remove(1);
        p.add(2, second);
        assertThat(feed(p)).isEmpty();
        assertThat(drops.get(DropReason.SEQUENCE_ERROR)).isEqualTo(1);
    }

    @Test
    void repeatedMiddleFragmentDropsTheMessage() {
        List<MctpPacket> p = new ArrayList<>(Fragmenter.fragment(DST, SRC, true, 0, FragmenterTest.message(64 * 3 + 1), 68, 0));
        p.add(2, p.get(1));
        assertThat(feed(p)).isEmpty();
        assertThat(drops.get(DropReason.SEQUENCE_ERROR)).isEqualTo(1);
    }

    @Test
    void middleOrEndWithoutStartIsUnexpected() {
        assertThat(reassembler.accept(NET, packet(false, true, 1, 0, filled(3, 1)))).isEmpty();
        assertThat(reassembler.accept(NET, packet(false, false, 1, 0, filled(64, 1)))).isEmpty();
        assertThat(drops.get(DropReason.UNEXPECTED_FRAGMENT)).isEqualTo(2);
    }

    // Boundary table on fragment sizes: non-final == first (MTU), final <= first
    @Test
    void nonFinalFragmentOneByteShortDropsTheMessage() {
        feed(List.of(packet(true, false, 0, 0, filled(64, 1)), packet(false, false, 1, 0, filled(63, 1))));
        assertThat(drops.get(DropReason.FRAGMENT_SIZE_MISMATCH)).isEqualTo(1);
        assertThat(reassembler.inProgress()).isZero();
    }

    @Test
    void nonFinalFragmentOneByteLongDropsTheMessage() {
        feed(List.of(packet(true, false, 0, 0, filled(64, 1)), packet(false, false, 1, 0, filled(65, 1))));
        assertThat(drops.get(DropReason.FRAGMENT_SIZE_MISMATCH)).isEqualTo(1);
    }

    @Test
    void finalFragmentOfFirstSizeIsAccepted() {
        assertThat(feed(List.of(packet(true, false, 0, 0, filled(64, 1)), packet(false, true, 1, 0, filled(64, 2)))))
                .singleElement().satisfies(m -> assertThat(m.length()).isEqualTo(128));
    }

    @Test
    void finalFragmentLargerThanFirstDropsTheMessage() {
        assertThat(feed(List.of(packet(true, false, 0, 0, filled(64, 1)), packet(false, true, 1, 0, filled(65, 2))))).isEmpty();
        assertThat(drops.get(DropReason.FRAGMENT_SIZE_MISMATCH)).isEqualTo(1);
    }

    @Test
    void newStartWhileInProgressAbortsThePartialAndStartsTheNewMessage() {
        List<Bytes> out = feed(List.of(
                packet(true, false, 0, 0, filled(64, 1)),
                packet(true, false, 0, 0, filled(64, 2)),
                packet(false, true, 1, 0, filled(5, 3))));
        assertThat(out).containsExactly(filled(64, 2).concat(filled(5, 3)));
        assertThat(drops.get(DropReason.REASSEMBLY_ABORTED)).isEqualTo(1);
    }

    @Test
    void messagesWithDifferentTagsReassembleIndependently() {
        List<Bytes> out = feed(List.of(
                packet(true, false, 0, 1, filled(64, 1)),
                packet(true, false, 0, 2, filled(64, 2)),
                packet(false, true, 1, 2, filled(1, 2)),
                packet(false, true, 1, 1, filled(1, 1))));
        assertThat(out).containsExactly(filled(65, 2), filled(65, 1));
    }

    @Test
    void contextsExhaustedDropsTheNextStart() {
        reassembler = new Reassembler(scheduler, new ReassemblySettings(65536, 2, Duration.ofSeconds(6)), drops);
        feed(List.of(packet(true, false, 0, 0, filled(64, 1)), packet(true, false, 0, 1, filled(64, 1))));
        assertThat(reassembler.accept(NET, packet(true, false, 0, 2, filled(64, 1)))).isEmpty();
        assertThat(drops.get(DropReason.REASSEMBLY_CONTEXTS_EXHAUSTED)).isEqualTo(1);
        assertThat(reassembler.accept(NET, packet(true, true, 0, 3, filled(4, 1)))).as("single packets need no context").isPresent();
        assertThat(reassembler.accept(NET, packet(false, true, 1, 0, filled(4, 1)))).isPresent();
        assertThat(reassembler.accept(NET, packet(true, false, 0, 2, filled(64, 1)))).isEmpty();
        assertThat(reassembler.inProgress()).isEqualTo(2);
    }

    @Test
    void messageLargerThanTheCapIsDropped() {
        reassembler = new Reassembler(scheduler, new ReassemblySettings(128, 4, Duration.ofSeconds(6)), drops);
        assertThat(feed(Fragmenter.fragment(DST, SRC, true, 0, FragmenterTest.message(128), 68, 0))).hasSize(1);
        assertThat(feed(Fragmenter.fragment(DST, SRC, true, 0, FragmenterTest.message(129), 68, 0))).isEmpty();
        assertThat(drops.get(DropReason.MESSAGE_TOO_LARGE)).isEqualTo(1);
        assertThat(reassembler.inProgress()).isZero();
    }

    @Test
    void partialMessageExpiresAfterTheTimeout() {
        reassembler.accept(NET, packet(true, false, 0, 0, filled(64, 1)));
        scheduler.advance(Duration.ofMillis(5999));
        assertThat(reassembler.inProgress()).isEqualTo(1);
        scheduler.advance(Duration.ofMillis(1));
        assertThat(reassembler.inProgress()).isZero();
        assertThat(drops.get(DropReason.REASSEMBLY_TIMEOUT)).isEqualTo(1);
        assertThat(reassembler.accept(NET, packet(false, true, 1, 0, filled(3, 1)))).isEmpty();
        assertThat(drops.get(DropReason.UNEXPECTED_FRAGMENT)).isEqualTo(1);
    }

    @Test
    void completedMessageCancelsItsTimeout() {
        feed(List.of(packet(true, false, 0, 0, filled(64, 1)), packet(false, true, 1, 0, filled(3, 1))));
        scheduler.advance(Duration.ofSeconds(10));
        assertThat(drops.total()).isZero();
    }

    @Test
    void packetsOfAnotherNetworkDoNotJoinTheMessage() {
        reassembler.accept(NET, packet(true, false, 0, 0, filled(64, 1)));
        assertThat(reassembler.accept(2, packet(false, true, 1, 0, filled(3, 1)))).isEqualTo(Optional.empty());
        assertThat(drops.get(DropReason.UNEXPECTED_FRAGMENT)).isEqualTo(1);
    }

    @Test
    void eachPartialMessageExpiresAtItsOwnDeadline() {
        reassembler.accept(NET, packet(true, false, 0, 0, filled(64, 1)));
        scheduler.advance(Duration.ofSeconds(3));
        reassembler.accept(NET, packet(true, false, 0, 1, filled(64, 1)));
        scheduler.advance(Duration.ofSeconds(3));
        assertThat(reassembler.inProgress()).isEqualTo(1);
        assertThat(reassembler.accept(NET, packet(false, true, 1, 1, filled(2, 1)))).isPresent();
        reassembler.accept(NET, packet(true, false, 0, 2, filled(64, 1)));
        scheduler.advance(Duration.ofMillis(5999));
        assertThat(reassembler.inProgress()).isEqualTo(1);
        scheduler.advance(Duration.ofMillis(1));
        assertThat(reassembler.inProgress()).isZero();
        assertThat(drops.get(DropReason.REASSEMBLY_TIMEOUT)).isEqualTo(2);
        assertThat(scheduler.pending()).as("no sweep left once nothing is in progress").isZero();
    }
}
