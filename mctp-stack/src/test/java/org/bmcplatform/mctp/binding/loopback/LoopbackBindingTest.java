package org.bmcplatform.mctp.binding.loopback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpFailures;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

class LoopbackBindingTest {
    private record Received(Bytes packet, LinkAddress source) {
    }

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final LoopbackBinding.Pair pair = LoopbackBinding.pair(scheduler, 68, LinkAddress.smbus(0x10), LinkAddress.smbus(0x1d));
    private final List<Received> atSecond = new ArrayList<>();

    LoopbackBindingTest() {
        pair.first().start((p, s) -> { });
        pair.second().start((p, s) -> atSecond.add(new Received(p, s)));
    }

    private static MctpException.Reason failure(java.util.concurrent.CompletionStage<Void> stage) {
        return MctpFailures.reason(stage);
    }

    @Test
    void packetIsDeliveredOnTheSchedulerWithTheSendersAddress() {
        Bytes packet = Bytes.fromHex("01 09 08 c8 00 80 02");
        assertThat(pair.first().transmit(packet, LinkAddress.smbus(0x1d)).toCompletableFuture()).isCompleted();
        assertThat(atSecond).as("never on the sender's stack").isEmpty();
        scheduler.runDue();
        assertThat(atSecond).containsExactly(new Received(packet, LinkAddress.smbus(0x10)));
    }

    @Test
    void packetsArriveInCallOrderAfterTheLatency() {
        pair.first().setLatency(Duration.ofMillis(2));
        pair.first().transmit(Bytes.ofUnsigned(1, 0, 0, 0xc8, 1), LinkAddress.smbus(0x1d));
        pair.first().transmit(Bytes.ofUnsigned(1, 0, 0, 0xc8, 2), LinkAddress.smbus(0x1d));
        scheduler.advance(Duration.ofMillis(1));
        assertThat(atSecond).isEmpty();
        scheduler.advance(Duration.ofMillis(1));
        assertThat(atSecond).extracting(r -> r.packet().get(4)).containsExactly(1, 2);
    }

    @Test
    void oversizePacketIsRefused() {
        assertThat(failure(pair.first().transmit(Bytes.wrap(new byte[69]), LinkAddress.smbus(0x1d))))
                .isEqualTo(MctpException.Reason.TOO_LARGE);
        assertThat(pair.first().transmit(Bytes.wrap(new byte[68]), LinkAddress.smbus(0x1d)).toCompletableFuture()).isCompleted();
    }

    @Test
    void unknownDestinationFailsLikeAMissingAcknowledge() {
        assertThat(failure(pair.first().transmit(Bytes.ofUnsigned(1, 0, 0, 0xc8, 1), LinkAddress.smbus(0x33))))
                .isEqualTo(MctpException.Reason.TRANSMIT_FAILED);
    }

    @Test
    void lostPacketsAreAcceptedButNeverArrive() {
        pair.first().loseWhen(p -> p.get(4) == 1);
        pair.first().transmit(Bytes.ofUnsigned(1, 0, 0, 0xc8, 1), LinkAddress.smbus(0x1d));
        pair.first().transmit(Bytes.ofUnsigned(1, 0, 0, 0xc8, 2), LinkAddress.smbus(0x1d));
        scheduler.runDue();
        assertThat(atSecond).extracting(r -> r.packet().get(4)).containsExactly(2);
    }

    @Test
    void closedEndRefusesAndIsNotReachedAndCloseIsIdempotent() {
        pair.second().close();
        pair.second().close();
        assertThat(failure(pair.first().transmit(Bytes.ofUnsigned(1, 0, 0, 0xc8, 1), LinkAddress.smbus(0x1d))))
                .isEqualTo(MctpException.Reason.TRANSMIT_FAILED);
        assertThat(failure(pair.second().transmit(Bytes.ofUnsigned(1, 0, 0, 0xc8, 1), LinkAddress.smbus(0x10))))
                .isEqualTo(MctpException.Reason.BINDING_DOWN);
    }
}
