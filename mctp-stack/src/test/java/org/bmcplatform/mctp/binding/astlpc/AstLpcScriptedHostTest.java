package org.bmcplatform.mctp.binding.astlpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The BMC against a scripted host driving the KCS registers and the window by hand (STYLE.md rule 34):
 * commands out of place, a busy data register delaying a hand-off, a packet whose header version is wrong.
 */
class AstLpcScriptedHostTest {
    private static final Duration STEP = Duration.ofNanos(1000);

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final KcsPair kcs = KcsPair.create(scheduler, STEP);
    private final LpcWindow window = LpcWindow.inMemory();
    private final List<Bytes> atBmc = new ArrayList<>();
    private AstLpcBinding bmc;

    @BeforeEach
    void startBmc() {
        bmc = new AstLpcBinding(kcs.bmc(), window, AstLpcSettings.bmc(68));
        bmc.start((p, s) -> atBmc.add(p));
    }

    private void hostSends(int command) {
        kcs.host().writeData(command);
        scheduler.advance(STEP);
    }

    private void activate() {
        AstLpcControlRegion.writeHostVersions(window, 1, 3);
        kcs.host().readData();
        hostSends(AstLpcBinding.CMD_INITIALISE);
        assertThat(bmc.isLinkUp()).isTrue();
    }

    @Test
    void commandsBeforeTheChannelIsActiveAndUnknownOnesAreCountedAndIgnored() {
        hostSends(0x5A);
        hostSends(AstLpcBinding.CMD_TX_BEGIN);
        assertThat(bmc.drops().get(DropReason.PROTOCOL_ERROR)).isEqualTo(2);

        activate();
        hostSends(0x5A);
        hostSends(AstLpcBinding.CMD_RX_COMPLETE); // our transmit buffer is not the host's to return
        assertThat(bmc.drops().get(DropReason.PROTOCOL_ERROR)).isEqualTo(4);
        assertThat(bmc.isLinkUp()).isTrue();
    }

    @Test
    void txBeginWaitsInPreparedWhileTheHostHasNotReadTheLastByte() {
        activate();
        assertThat(kcs.status() & KcsPort.STATUS_OBF).as("the channel-active dummy is unread").isNotZero();

        CompletableFuture<Void> sent = bmc.transmit(Bytes.fromHex("01 09 08 c8 00 80 02"), LinkAddress.NONE).toCompletableFuture();
        assertThat(kcs.odr()).isEqualTo(AstLpcBinding.CMD_DUMMY);
        assertThat(bmc.txState).isEqualTo(BufferState.PREPARED);

        assertThat(kcs.host().readData()).isEqualTo(AstLpcBinding.CMD_DUMMY);
        scheduler.advance(STEP);
        assertThat(kcs.odr()).isEqualTo(AstLpcBinding.CMD_TX_BEGIN);
        assertThat(bmc.txState).isEqualTo(BufferState.RELEASED);

        assertThat(kcs.host().readData()).isEqualTo(AstLpcBinding.CMD_TX_BEGIN);
        assertThat(window.read(0x100, 15)).isEqualTo(Bytes.fromHex("00 00 00 07 01 09 08 c8 00 80 02 4a 10 f1 4d"));
        hostSends(AstLpcBinding.CMD_RX_COMPLETE);
        assertThat(sent).isCompleted();
        assertThat(bmc.txState).isEqualTo(BufferState.ACQUIRED);
    }

    @Test
    void packetWithAWrongHeaderVersionIsHandedBackAndDropped() {
        activate();
        kcs.host().readData();
        long txOffset = window.readU32(AstLpcControlRegion.OFFSET_TX_OFFSET);
        window.write(txOffset, Bytes.wrap(AstLpcFraming.encode(3, Bytes.fromHex("02 08 09 c8 00"))));
        hostSends(AstLpcBinding.CMD_TX_BEGIN);

        assertThat(kcs.odr()).isEqualTo(AstLpcBinding.CMD_RX_COMPLETE);
        assertThat(bmc.drops().snapshot()).containsOnlyKeys(DropReason.BAD_HEADER_VERSION);

        kcs.host().readData();
        window.write(txOffset, Bytes.wrap(AstLpcFraming.encode(3, Bytes.fromHex("01 08 09 c8 00"))));
        hostSends(AstLpcBinding.CMD_TX_BEGIN);
        assertThat(atBmc).containsExactly(Bytes.fromHex("01 08 09 c8 00"));
    }
}
