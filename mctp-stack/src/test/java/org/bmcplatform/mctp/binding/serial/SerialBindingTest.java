package org.bmcplatform.mctp.binding.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpFailures;
import org.bmcplatform.mctp.VectorFiles;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Serial-only behaviours of {@link SerialBinding} over a {@link SerialPipe}, against the DSP0253 vectors. */
class SerialBindingTest {
    private static final String VECTORS = "dsp0253/serial-dsp0253.json";

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final SerialPipe.Pair pipe = SerialPipe.pair(scheduler, Duration.ZERO);
    private final RecordingLine wireFromA = new RecordingLine(pipe.a());
    private final SerialBinding a = new SerialBinding(wireFromA, 255);
    private final SerialBinding b = new SerialBinding(pipe.b(), 255);
    private final List<Bytes> receivedByB = new ArrayList<>();
    private final List<LinkAddress> sourcesAtB = new ArrayList<>();

    @BeforeEach
    void start() {
        a.start((p, src) -> { });
        b.start((p, src) -> {
            receivedByB.add(p);
            sourcesAtB.add(src);
        });
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    private static Bytes packetOf(JsonNode c) {
        if (c.has("packet")) {
            return VectorFiles.hex(c, "packet");
        }
        Bytes frame = VectorFiles.hex(c, "frame");
        return frame.slice(3, frame.length() - 3);
    }

    @Test
    void vectorFramesArriveThroughTheBindingAsTheirPackets() {
        List<Bytes> expected = new ArrayList<>();
        for (JsonNode c : VectorFiles.cases(VECTORS, true)) {
            pipe.injectInto(pipe.b(), VectorFiles.hex(c, "frame"));
            expected.add(packetOf(c));
        }
        scheduler.runDue();

        assertThat(receivedByB).containsExactlyElementsOf(expected);
        assertThat(sourcesAtB).containsOnly(LinkAddress.NONE);
        assertThat(b.drops().total()).isZero();
    }

    @Test
    void frameWithABadFcsIsCountedAndTheNextGoodFrameArrives() {
        JsonNode bad = VectorFiles.cases(VECTORS, false).get(0);
        JsonNode good = VectorFiles.cases(VECTORS, true).get(1);
        pipe.injectInto(pipe.b(), VectorFiles.hex(bad, "frame"));
        pipe.injectInto(pipe.b(), VectorFiles.hex(good, "frame"));
        scheduler.runDue();

        assertThat(b.drops().snapshot()).containsOnlyKeys(DropReason.BAD_FCS);
        assertThat(b.drops().get(DropReason.BAD_FCS)).isEqualTo(1);
        assertThat(receivedByB).containsExactly(packetOf(good));
    }

    @Test
    void escapingVectorIsWhatTheBindingPutsOnTheWire() {
        JsonNode c = VectorFiles.cases(VECTORS, true).stream().filter(v -> v.get("id").asText().equals("escaping"))
                .findFirst().orElseThrow();

        a.transmit(VectorFiles.hex(c, "packet"), LinkAddress.NONE);
        scheduler.runDue();

        assertThat(wireFromA.writes()).containsExactly(VectorFiles.hex(c, "frame"));
        assertThat(receivedByB).containsExactly(VectorFiles.hex(c, "packet"));
    }

    @Test
    void framesSplitIntoSingleBytesOrRunTogetherStillDecode() {
        Bytes v4 = Bytes.fromHex("7e 01 07 01 09 08 c8 00 80 02 0e b2 7e"); // reference §10.4 V4
        for (int i = 0; i < v4.length(); i++) {
            pipe.injectInto(pipe.b(), v4.slice(i, i + 1));
        }
        pipe.injectInto(pipe.b(), v4.concat(v4));
        scheduler.runDue();

        Bytes packet = v4.slice(3, v4.length() - 3);
        assertThat(receivedByB).containsExactly(packet, packet, packet);
        assertThat(b.drops().total()).isZero();
    }

    @Test
    void transmitIgnoresTheDestinationOnAPointToPointLink() {
        Bytes p = Bytes.fromHex("01 09 08 c8 00 80 02");
        CompletableFuture<Void> f = a.transmit(p, LinkAddress.smbus(0x33)).toCompletableFuture();
        scheduler.runDue();

        assertThat(f).isCompleted();
        assertThat(receivedByB).containsExactly(p);
    }

    @Test
    void linkIsUpWhileTheCableIsPluggedAndTransmitFailsBindingDownWhileItIsNot() {
        assertThat(a.isLinkUp()).isTrue();
        pipe.setConnected(false);

        assertThat(a.isLinkUp()).isFalse();
        assertThat(b.isLinkUp()).isFalse();
        assertThat(MctpFailures.reason(a.transmit(Bytes.fromHex("01 09 08 c8 00 80 02"), LinkAddress.NONE)))
                .isEqualTo(MctpException.Reason.BINDING_DOWN);

        pipe.setConnected(true);
        a.transmit(Bytes.fromHex("01 09 08 c8 00 80 02"), LinkAddress.NONE);
        scheduler.runDue();
        assertThat(a.isLinkUp()).isTrue();
        assertThat(receivedByB).containsExactly(Bytes.fromHex("01 09 08 c8 00 80 02"));
    }

    @Test
    void closedBindingReportsTheLinkDown() {
        a.close();
        assertThat(a.isLinkUp()).isFalse();
        assertThat(pipe.a().isConnected()).isFalse();
    }

    @Test
    void mtuOutside68To255IsRefusedAtConstruction() {
        SerialPipe.Pair other = SerialPipe.pair(scheduler, Duration.ZERO);
        assertThatThrownBy(() -> new SerialBinding(other.a(), 67)).hasMessageContaining("68..255");
        assertThatThrownBy(() -> new SerialBinding(other.a(), 256)).hasMessageContaining("68..255");
        assertThat(new SerialBinding(other.a(), 68).mtu()).isEqualTo(68);
    }

    @Test
    void packetShorterThanTheTransportHeaderIsAnInvalidArgument() {
        assertThat(MctpFailures.reason(a.transmit(Bytes.fromHex("01 09 08"), LinkAddress.NONE)))
                .isEqualTo(MctpException.Reason.INVALID_ARGUMENT);
    }

    @Test
    void serialBindingReportsItsKindAndNoLinkAddress() {
        assertThat(a.kind()).isEqualTo("serial");
        assertThat(a.localAddress()).isEqualTo(LinkAddress.NONE);
        assertThat(a.fcs()).isEqualTo(SerialFcs.DE_FACTO);
    }

    @Test
    void bindingsAgreeingOnAnOtherFcsVariantTalkAndADeFactoReceiverCountsTheirFramesAsBadFcs() {
        for (SerialFcs variant : new SerialFcs[] {SerialFcs.RFC1662, SerialFcs.LINUX_BEFORE_6_2}) {
            VirtualScheduler s = new VirtualScheduler();
            SerialPipe.Pair p = SerialPipe.pair(s, Duration.ZERO);
            SerialBinding sender = new SerialBinding(p.a(), 68, variant);
            SerialBinding receiver = new SerialBinding(p.b(), 68, variant);
            List<Bytes> got = new ArrayList<>();
            receiver.start((packet, src) -> got.add(packet));
            Bytes packet = Bytes.fromHex("01 09 08 c8 00 80 02");

            sender.transmit(packet, LinkAddress.NONE);
            p.injectInto(p.b(), SerialFraming.encode(packet));
            s.runDue();

            assertThat(got).as("%s", variant).containsExactly(packet);
            assertThat(receiver.drops().snapshot()).as("%s", variant).containsOnlyKeys(DropReason.BAD_FCS);
        }
    }
}
