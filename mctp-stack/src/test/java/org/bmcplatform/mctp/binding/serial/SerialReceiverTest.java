package org.bmcplatform.mctp.binding.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.DropReason;
import org.junit.jupiter.api.Test;

class SerialReceiverTest {
    // reference §10.4 V4 (Get EID to EID 9)
    private static final Bytes GOOD = Bytes.fromHex("7e 01 07 01 09 08 c8 00 80 02 0e b2 7e");
    private static final Bytes GOOD_PACKET = Bytes.fromHex("01 09 08 c8 00 80 02");

    private final List<Bytes> got = new ArrayList<>();
    private final DropCounters drops = new DropCounters();
    private final SerialReceiver rx = new SerialReceiver(68, got::add, drops);

    @Test
    void receiverThatThrowsIsCountedAndTheNextFrameInTheSameChunkStillDecodes() {
        List<Bytes> delivered = new ArrayList<>();
        SerialReceiver failingOnce = new SerialReceiver(68, p -> {
            delivered.add(p);
            if (delivered.size() == 1) {
                throw new IllegalStateException("upper layer failed");
            }
        }, drops);

        failingOnce.accept(GOOD.concat(GOOD));

        assertThat(delivered).containsExactly(GOOD_PACKET, GOOD_PACKET);
        assertThat(drops.snapshot()).containsOnlyKeys(DropReason.HANDLER_FAILED);
        assertThat(failingOnce.state()).isEqualTo(SerialReceiver.State.WAIT_REVISION);
    }

    @Test
    void bytesFedAsSignedJavaBytesDecodeLikeUnsignedOnes() {
        for (byte b : GOOD.toArray()) {
            rx.accept(b);
        }
        assertThat(drops.total()).isZero();
        assertThat(got).containsExactly(GOOD_PACKET);
    }

    @Test
    void garbageBeforeAFrameIsCountedOnceAndTheFrameDecodes() {
        rx.accept(Bytes.fromHex("00 ff 5a 01 07"));
        rx.accept(GOOD);
        assertThat(drops.get(DropReason.FRAMING_ERROR)).isEqualTo(1);
        assertThat(got).containsExactly(GOOD_PACKET);
    }

    @Test
    void wrongRevisionIsCountedAndResynchronisesOnTheNextFlag() {
        rx.accept(Bytes.fromHex("7e 02 07 01 09 08 c8 00 80 02 0e b2 7e"));
        rx.accept(GOOD);
        assertThat(drops.snapshot()).containsOnlyKeys(DropReason.BAD_REVISION);
        assertThat(got).containsExactly(GOOD_PACKET);
    }

    @Test
    void byteCountAboveTheMtuIsOversizeAndBelowTheHeaderIsBadLength() {
        rx.accept(Bytes.fromHex("7e 01 45 01 09 08 c8 7e"));
        rx.accept(Bytes.fromHex("7e 01 03 01 09 08 7e"));
        rx.accept(GOOD);
        assertThat(drops.get(DropReason.OVERSIZE)).isEqualTo(1);
        assertThat(drops.get(DropReason.BAD_LENGTH)).isEqualTo(1);
        assertThat(got).containsExactly(GOOD_PACKET);
    }

    @Test
    void flagInsideThePacketCutsTheFrameAndOpensTheNextOne() {
        rx.accept(Bytes.fromHex("7e 01 07 01 09 08"));
        rx.accept(GOOD.slice(0));
        assertThat(drops.get(DropReason.FRAMING_ERROR)).isEqualTo(1);
        assertThat(got).containsExactly(GOOD_PACKET);
    }

    @Test
    void missingClosingFlagIsAFramingError() {
        rx.accept(Bytes.fromHex("7e 01 07 01 09 08 c8 00 80 02 0e b2 55"));
        rx.accept(GOOD);
        assertThat(drops.get(DropReason.FRAMING_ERROR)).isEqualTo(1);
        assertThat(got).containsExactly(GOOD_PACKET);
    }

    @Test
    void sharedAndRepeatedFlagsBetweenFramesAreTolerated() {
        Bytes shared = GOOD.concat(GOOD.slice(1)).concat(Bytes.fromHex("7e 7e")).concat(GOOD);
        rx.accept(shared);
        assertThat(drops.total()).isZero();
        assertThat(got).containsExactly(GOOD_PACKET, GOOD_PACKET, GOOD_PACKET);
        assertThat(rx.state()).isEqualTo(SerialReceiver.State.WAIT_REVISION);
    }

    @Test
    void randomPacketsWithSpecialBytesRoundTripThroughEncoderAndReceiver() {
        long seed = System.nanoTime();
        System.out.println("SerialReceiverTest seed " + seed);
        Random random = new Random(seed);
        SerialReceiver wide = new SerialReceiver(255, got::add, drops);
        List<Bytes> sent = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            byte[] p = new byte[4 + random.nextInt(252)];
            for (int i = 0; i < p.length; i++) {
                int pick = random.nextInt(6);
                p[i] = (byte) (pick == 0 ? 0x7E : pick == 1 ? 0x7D : random.nextInt(256));
            }
            Bytes packet = Bytes.of(p);
            sent.add(packet);
            wide.accept(SerialFraming.encode(packet));
        }
        assertThat(drops.total()).as("seed %d", seed).isZero();
        assertThat(got).as("seed %d", seed).containsExactlyElementsOf(sent);
    }
}
