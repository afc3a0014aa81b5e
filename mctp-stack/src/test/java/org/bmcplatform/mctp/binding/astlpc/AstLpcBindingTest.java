package org.bmcplatform.mctp.binding.astlpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpFailures;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * libmctp test_astlpc.c cases on the binding: start-up order, version and layout failures at run
 * time, MTU negotiation, large packets, transmission before the channel is up, corrupted CRCs in both
 * directions and the BMC going away. KCS notifications take {@link #STEP} so steps can be interleaved.
 */
class AstLpcBindingTest {
    static final Duration STEP = Duration.ofNanos(1000);

    final VirtualScheduler scheduler = new VirtualScheduler();
    final KcsPair kcs = KcsPair.create(scheduler, STEP);
    final LpcWindow window = LpcWindow.inMemory();
    final List<Bytes> atBmc = new ArrayList<>();
    final List<Bytes> atHost = new ArrayList<>();
    final List<AstLpcBinding> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(AstLpcBinding::close);
    }

    AstLpcBinding bmc(AstLpcSettings s) {
        AstLpcBinding b = new AstLpcBinding(kcs.bmc(), window, s);
        opened.add(b);
        b.start((p, src) -> atBmc.add(p));
        return b;
    }

    AstLpcBinding host(AstLpcSettings s) {
        AstLpcBinding b = new AstLpcBinding(kcs.host(), window, s);
        opened.add(b);
        b.start((p, src) -> atHost.add(p));
        return b;
    }

    void settle() {
        scheduler.advance(STEP.multipliedBy(10));
    }

    static Bytes packet(int length, int fill) {
        byte[] p = new byte[length];
        p[0] = 0x01;
        p[1] = 0x08;
        p[2] = 0x09;
        p[3] = (byte) 0xC8;
        for (int i = 4; i < length; i++) {
            p[i] = (byte) (fill + i);
        }
        return Bytes.wrap(p);
    }

    static CompletableFuture<Void> send(AstLpcBinding from, Bytes p) {
        return from.transmit(p, LinkAddress.NONE).toCompletableFuture();
    }

    @Test
    void hostStartedBeforeTheBmcWaitsForBmcReadyAndThenComesUp() {
        AstLpcBinding host = host(AstLpcSettings.host(68));
        settle();
        assertThat(host.isLinkUp()).isFalse();
        assertThat(kcs.status() & KcsPort.STATUS_IBF).as("no Initialise without BMC_READY").isZero();

        AstLpcBinding bmc = bmc(AstLpcSettings.bmc(68));
        settle();

        assertThat(host.isLinkUp()).isTrue();
        assertThat(bmc.isLinkUp()).isTrue();
        assertThat(host.drops().total() + bmc.drops().total()).isZero();
    }

    @Test
    void hostRefusesABmcAnnouncingABadVersion() {
        bmc(AstLpcSettings.bmc(68));
        window.writeU16(AstLpcControlRegion.OFFSET_BMC_VERSION_CURRENT, 0);
        AstLpcBinding host = host(AstLpcSettings.host(68));
        settle();

        assertThat(host.isLinkUp()).isFalse();
        assertThat(kcs.status() & KcsPort.STATUS_CHANNEL_ACTIVE).isZero();
        assertThat(MctpFailures.reason(send(host, packet(20, 0)))).isEqualTo(MctpException.Reason.BINDING_DOWN);
    }

    @Test
    void bmcRefusesAHostWhoseVersionBrokeAndBothSidesStayDown() {
        AstLpcBinding bmc = bmc(AstLpcSettings.bmc(68));
        AstLpcBinding host = host(AstLpcSettings.host(68));
        CompletableFuture<Void> queued = send(host, packet(20, 0));
        window.writeU16(AstLpcControlRegion.OFFSET_HOST_VERSION_CURRENT, 0);
        settle();

        assertThat(kcs.status() & KcsPort.STATUS_CHANNEL_ACTIVE).isZero();
        assertThat(window.readU16(AstLpcControlRegion.OFFSET_NEGOTIATED_VERSION)).isZero();
        assertThat(bmc.isLinkUp()).isFalse();
        assertThat(host.isLinkUp()).isFalse();
        assertThat(MctpFailures.reason(queued)).isEqualTo(MctpException.Reason.BINDING_DOWN);
    }

    @Test
    void rangesWithoutOverlapNeverStartTheChannel() {
        bmc(AstLpcSettings.bmc(68).withVersions(2, 3));
        AstLpcBinding host = host(AstLpcSettings.host(68).withVersions(1, 1));
        settle();
        assertThat(host.isLinkUp()).isFalse();
        assertThat(kcs.status() & KcsPort.STATUS_CHANNEL_ACTIVE).isZero();
    }

    @Test
    void versionOneRunsAtTheBaselineWithoutCrc() {
        AstLpcBinding bmc = bmc(AstLpcSettings.bmc(1024));
        AstLpcBinding host = host(AstLpcSettings.host(1024).withVersions(1, 1));
        settle();
        assertThat(host.negotiatedVersion()).isEqualTo(1);
        assertThat(bmc.negotiatedVersion()).isEqualTo(1);
        assertThat(host.mtu()).isEqualTo(68);
        assertThat(bmc.mtu()).isEqualTo(68);

        send(bmc, packet(68, 1));
        assertThat(window.read(0x100, 72)).isEqualTo(Bytes.fromHex("00 00 00 44").concat(packet(68, 1)));
        settle();
        assertThat(atHost).containsExactly(packet(68, 1));
    }

    @Test
    void versionTwoIsChosenWhenTheHostStopsThere() {
        AstLpcBinding bmc = bmc(AstLpcSettings.bmc(196));
        AstLpcBinding host = host(AstLpcSettings.host(196).withVersions(1, 2));
        settle();
        assertThat(host.negotiatedVersion()).isEqualTo(2);
        assertThat(host.mtu()).isEqualTo(196);
        send(host, packet(196, 2));
        settle();
        assertThat(atBmc).containsExactly(packet(196, 2));
        assertThat(bmc.drops().total()).isZero();
    }

    @Test
    void bmcDoesNotActivateTheChannelOnABadHostProposal() {
        bmc(AstLpcSettings.bmc(68));
        AstLpcBinding host = host(AstLpcSettings.host(68));
        window.writeU32(AstLpcControlRegion.OFFSET_RX_SIZE, 0);
        settle();
        assertThat(kcs.status() & KcsPort.STATUS_CHANNEL_ACTIVE).isZero();
        assertThat(host.isLinkUp()).isFalse();
    }

    @Test
    void hostDoesNotInitialiseOnABadBmcProposal() {
        bmc(AstLpcSettings.bmc(68));
        window.writeU32(AstLpcControlRegion.OFFSET_RX_SIZE, 0);
        AstLpcBinding host = host(AstLpcSettings.host(68));
        settle();
        assertThat(kcs.status() & KcsPort.STATUS_IBF).as("no Initialise sent").isZero();
        assertThat(host.isLinkUp()).isFalse();
    }

    @Test
    void hostRejectsALayoutBrokenAfterTheBmcNegotiated() {
        AstLpcBinding bmc = bmc(AstLpcSettings.bmc(68));
        AstLpcBinding host = host(AstLpcSettings.host(68));
        scheduler.advance(STEP); // the BMC has answered; the host hears of it one step later
        assertThat(bmc.isLinkUp()).isTrue();
        window.writeU32(AstLpcControlRegion.OFFSET_RX_SIZE, 0);
        settle();
        assertThat(host.isLinkUp()).isFalse();
    }

    @Test
    void mtuNegotiatesDownToTheHostAndBackUpForANewHost() {
        AstLpcBinding bmc = bmc(AstLpcSettings.bmc(3 * 64 + 4));
        AstLpcBinding host = host(AstLpcSettings.host(2 * 64 + 4));
        settle();
        assertThat(host.mtu()).isEqualTo(132);
        assertThat(bmc.mtu()).isEqualTo(132);
        assertThat(host.layout().orElseThrow().rx().size()).isEqualTo(140);

        host.close();
        AstLpcBinding bigger = host(AstLpcSettings.host(3 * 64 + 4));
        settle();
        assertThat(bigger.mtu()).isEqualTo(196);
        assertThat(bmc.mtu()).isEqualTo(196);
        assertThat(bigger.layout().orElseThrow().rx().size()).isEqualTo(204);
    }

    @Test
    void largePacketsAtTheNegotiatedMtuCrossInBothDirections() {
        AstLpcBinding bmc = bmc(AstLpcSettings.bmc(8196));
        AstLpcBinding host = host(AstLpcSettings.host(8196));
        settle();
        assertThat(host.mtu()).isEqualTo(8196);

        CompletableFuture<Void> up1 = send(host, packet(8196, 1));
        CompletableFuture<Void> up2 = send(host, packet(8196, 2));
        CompletableFuture<Void> down = send(bmc, packet(8196, 3));
        settle();

        assertThat(up1).isCompleted();
        assertThat(up2).isCompleted();
        assertThat(down).isCompleted();
        assertThat(atBmc).containsExactly(packet(8196, 1), packet(8196, 2));
        assertThat(atHost).containsExactly(packet(8196, 3));
    }

    @Test
    void transmissionsBeforeTheChannelIsUpQueueUntilItIsAndOverflowFails() {
        AstLpcBinding host = host(AstLpcSettings.host(68).withTxQueueLimit(2));
        CompletableFuture<Void> first = send(host, packet(30, 1));
        CompletableFuture<Void> second = send(host, packet(31, 2));
        CompletableFuture<Void> third = send(host, packet(32, 3));
        assertThat(MctpFailures.reason(third)).isEqualTo(MctpException.Reason.TRANSMIT_FAILED);
        settle();
        assertThat(first).isNotDone();

        bmc(AstLpcSettings.bmc(68));
        settle();

        assertThat(first).isCompleted();
        assertThat(second).isCompleted();
        assertThat(atBmc).containsExactly(packet(30, 1), packet(31, 2));
    }

    @Test
    void packetsQueuedAboveTheMtuNegotiatedLaterFailTooLarge() {
        AstLpcBinding host = host(AstLpcSettings.host(1024));
        CompletableFuture<Void> big = send(host, packet(500, 1));
        CompletableFuture<Void> small = send(host, packet(60, 2));
        bmc(AstLpcSettings.bmc(256));
        settle();

        assertThat(host.mtu()).isEqualTo(256);
        assertThat(MctpFailures.reason(big)).isEqualTo(MctpException.Reason.TOO_LARGE);
        assertThat(small).isCompleted();
        assertThat(atBmc).containsExactly(packet(60, 2));
    }

    @Test
    void corruptedCrcFromTheHostIsDroppedCountedAndTheNextPacketArrives() {
        AstLpcBinding bmc = bmc(AstLpcSettings.bmc(68));
        AstLpcBinding host = host(AstLpcSettings.host(68));
        settle();

        CompletableFuture<Void> bad = send(host, packet(68, 1));
        long crcAt = window.readU32(AstLpcControlRegion.OFFSET_TX_OFFSET) + 4 + 68;
        window.writeU32(crcAt, ~window.readU32(crcAt) & 0xFFFF_FFFFL);
        settle();
        assertThat(bad).as("the buffer came back").isCompleted();
        assertThat(atBmc).isEmpty();
        assertThat(bmc.drops().snapshot()).containsOnlyKeys(DropReason.BAD_CRC);

        send(host, packet(68, 2));
        settle();
        assertThat(atBmc).containsExactly(packet(68, 2));
    }

    @Test
    void corruptedCrcFromTheBmcIsDroppedCountedAndTheNextPacketArrives() {
        AstLpcBinding bmc = bmc(AstLpcSettings.bmc(68));
        AstLpcBinding host = host(AstLpcSettings.host(68));
        settle();

        send(bmc, packet(68, 1));
        long crcAt = window.readU32(AstLpcControlRegion.OFFSET_RX_OFFSET) + 4 + 68;
        window.writeU32(crcAt, ~window.readU32(crcAt) & 0xFFFF_FFFFL);
        settle();
        assertThat(host.drops().snapshot()).containsOnlyKeys(DropReason.BAD_CRC);

        send(bmc, packet(68, 2));
        settle();
        assertThat(atHost).containsExactly(packet(68, 2));
    }

    @Test
    void hostSeesTheBmcGoFailsItsTransmissionsAndRecoversWhenItReturns() {
        AstLpcBinding bmc = bmc(AstLpcSettings.bmc(68));
        AstLpcBinding host = host(AstLpcSettings.host(68));
        settle();
        assertThat(host.isLinkUp()).isTrue();

        bmc.close();
        settle();
        assertThat(kcs.status() & KcsPort.STATUS_BMC_READY).isZero();
        assertThat(host.isLinkUp()).isFalse();
        assertThat(MctpFailures.reason(send(host, packet(20, 0)))).isEqualTo(MctpException.Reason.BINDING_DOWN);

        bmc(AstLpcSettings.bmc(68));
        settle();
        assertThat(host.isLinkUp()).isTrue();
        CompletableFuture<Void> again = send(host, packet(20, 1));
        settle();
        assertThat(again).isCompleted();
        assertThat(atBmc).containsExactly(packet(20, 1));
    }

    @Test
    void packetInFlightWhenTheBmcGoesFailsBindingDown() {
        AstLpcBinding bmc = bmc(AstLpcSettings.bmc(68));
        AstLpcBinding host = host(AstLpcSettings.host(68));
        settle();
        CompletableFuture<Void> inFlight = send(host, packet(20, 0));
        bmc.close();
        settle();
        assertThat(MctpFailures.reason(inFlight)).isEqualTo(MctpException.Reason.BINDING_DOWN);
    }
}
