package org.bmcplatform.mctp.binding.pcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpFailures;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PCC-only behaviours over the in-memory mailbox with a modelled doorbell latency, on virtual time. */
class PccBindingTest {
    private static final Duration LATENCY = Duration.ofNanos(50_000);
    private static final Bytes GET_EID = Bytes.fromHex("01 00 08 c8 00 80 02");

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final List<Bytes> atOspm = new ArrayList<>();
    private final List<Bytes> atPlatform = new ArrayList<>();
    private PccMailbox.Pair mailbox;
    private PccBinding ospm;
    private PccBinding platform;

    @BeforeEach
    void startBoth() {
        mailbox = PccMailbox.pair(scheduler, LATENCY, 2, 3, 256);
        ospm = new PccBinding(mailbox.ospm());
        platform = new PccBinding(mailbox.platform());
        ospm.start((p, src) -> atOspm.add(p));
        platform.start((p, src) -> atPlatform.add(p));
        scheduler.runDue();
    }

    @AfterEach
    void closeBoth() {
        ospm.close();
        platform.close();
    }

    private static Bytes packet(int length, int fill) {
        byte[] p = new byte[length];
        p[0] = 0x01;
        p[1] = 0x09;
        p[2] = 0x08;
        p[3] = (byte) 0xC8;
        for (int i = 4; i < length; i++) {
            p[i] = (byte) (fill + i);
        }
        return Bytes.wrap(p);
    }

    @Test
    void ospmWritesTheVectorBytesIntoTheInitiatorSubspace() {
        CompletableFuture<Void> f = ospm.transmit(GET_EID, LinkAddress.NONE).toCompletableFuture();
        // DSP0292 vector on outbox subspace 2 (reference/mctp-stack.md §10.6)
        Bytes expected = Bytes.fromHex("02 43 43 50 01 00 00 00 0b 00 00 00 4d 43 54 50 01 00 08 c8 00 80 02");

        assertThat(mailbox.platform().initiator().read(0, expected.length())).isEqualTo(expected);
        assertThat(mailbox.platform().initiator().commandComplete()).isFalse();
        scheduler.advance(LATENCY.multipliedBy(2));
        assertThat(f).isCompleted();
        assertThat(atPlatform).containsExactly(GET_EID);
    }

    @Test
    void platformAnswersOnTheResponderSubspaceWithItsOwnSignature() {
        platform.transmit(GET_EID, LinkAddress.NONE);

        assertThat(mailbox.ospm().responder().read(0, 4)).isEqualTo(Bytes.fromHex("03 43 43 50"));
        scheduler.advance(LATENCY.multipliedBy(2));
        assertThat(atOspm).containsExactly(GET_EID);
        assertThat(mailbox.ospm().responder().commandComplete()).isTrue();
    }

    @Test
    void onePacketIsInFlightPerDirectionAndTheRestWaitInOrder() {
        List<CompletableFuture<Void>> fs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            fs.add(ospm.transmit(packet(20, i), LinkAddress.NONE).toCompletableFuture());
        }
        assertThat(ospm.queuedPackets()).isEqualTo(2);
        assertThat(fs).noneMatch(CompletableFuture::isDone);

        // doorbell reaches the platform after one latency, its completion interrupt after another
        scheduler.advance(LATENCY.multipliedBy(2));
        assertThat(fs.get(0)).isCompleted();
        assertThat(fs.get(1)).isNotDone();
        assertThat(ospm.queuedPackets()).isEqualTo(1);

        scheduler.advance(LATENCY.multipliedBy(4));
        assertThat(fs).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThat(atPlatform).containsExactly(packet(20, 0), packet(20, 1), packet(20, 2));
    }

    static Stream<Arguments> badRegions() {
        return Stream.of(
                Arguments.of("length beyond the shared memory", "02 43 43 50 01 00 00 00 00 01 00 00 4d 43 54 50 01 00 08 c8",
                        DropReason.BAD_LENGTH),
                Arguments.of("length too small for the MCTP header", "02 43 43 50 01 00 00 00 06 00 00 00 4d 43 54 50 01 00 08 c8",
                        DropReason.BAD_LENGTH),
                Arguments.of("wrong signature", "02 43 43 00 01 00 00 00 0b 00 00 00 4d 43 54 50 01 00 08 c8 00 80 02",
                        DropReason.BAD_SIGNATURE),
                Arguments.of("wrong command", "02 43 43 50 01 00 00 00 0b 00 00 00 4d 43 54 51 01 00 08 c8 00 80 02",
                        DropReason.BAD_COMMAND_CODE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegions")
    void badRegionTowardsThePlatformIsCountedAndTheNextGoodPacketArrives(String name, String hex, DropReason reason) {
        mailbox.injectTowardsPlatform(Bytes.fromHex(hex));
        scheduler.advance(LATENCY.multipliedBy(2));

        assertThat(platform.drops().snapshot()).containsOnlyKeys(reason);
        assertThat(atPlatform).isEmpty();
        assertThat(mailbox.ospm().initiator().commandComplete()).as("buffer handed back").isTrue();

        CompletableFuture<Void> f = ospm.transmit(GET_EID, LinkAddress.NONE).toCompletableFuture();
        scheduler.advance(LATENCY.multipliedBy(2));
        assertThat(f).isCompleted();
        assertThat(atPlatform).containsExactly(GET_EID);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegions")
    void badRegionTowardsOspmIsCountedAndTheNextGoodPacketArrives(String name, String hex, DropReason reason) {
        // the same faults on the responder subspace: its signature names subspace 3
        Bytes raw = Bytes.fromHex(hex);
        byte[] b = raw.toArray();
        if (reason != DropReason.BAD_SIGNATURE) {
            b[0] = 0x03;
        }
        mailbox.injectTowardsOspm(Bytes.wrap(b));
        scheduler.advance(LATENCY.multipliedBy(2));

        assertThat(ospm.drops().snapshot()).containsOnlyKeys(reason);
        assertThat(mailbox.platform().responder().commandComplete()).as("buffer handed back").isTrue();

        platform.transmit(GET_EID, LinkAddress.NONE);
        scheduler.advance(LATENCY.multipliedBy(2));
        assertThat(atOspm).containsExactly(GET_EID);
    }

    @Test
    void regionAboveTheMtuIsCountedOversize() {
        PccMailbox.Pair small = PccMailbox.pair(scheduler, LATENCY, 2, 3, 256);
        PccBinding narrow = new PccBinding(small.platform(), PccBinding.Settings.DEFAULTS.withMtu(68));
        narrow.start((p, src) -> atPlatform.add(p));
        small.injectTowardsPlatform(PccHeader.forSubspace(2).encode(packet(69, 0)));
        scheduler.advance(LATENCY.multipliedBy(2));

        assertThat(narrow.mtu()).isEqualTo(68);
        assertThat(narrow.drops().snapshot()).containsOnlyKeys(DropReason.OVERSIZE);
        assertThat(atPlatform).isEmpty();
    }

    @Test
    void sharedMemoryTooSmallForHeaderAndBaselinePacketRefusesToStart() {
        PccMailbox.Pair tiny = PccMailbox.pair(scheduler, LATENCY, 2, 3, 83);

        assertThatThrownBy(() -> new PccBinding(tiny.ospm()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("83 bytes of shared memory")
                .hasMessageContaining("at least 84");
        assertThat(new PccBinding(PccMailbox.pair(scheduler, LATENCY, 2, 3, 84).ospm()).mtu()).isEqualTo(68);
    }

    @Test
    void configuredMtuBelowTheSharedMemoryWins() {
        PccBinding b = new PccBinding(PccMailbox.pair(scheduler, LATENCY).ospm(), PccBinding.Settings.DEFAULTS.withMtu(254));
        assertThat(b.mtu()).isEqualTo(254);
        assertThat(new PccBinding(PccMailbox.pair(scheduler, LATENCY).ospm()).mtu()).isEqualTo(4080);
    }

    @Test
    void packetsQueuedAtCloseFailBindingDownAndAreCounted() {
        List<CompletableFuture<Void>> fs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            fs.add(ospm.transmit(packet(20, i), LinkAddress.NONE).toCompletableFuture());
        }

        ospm.close();

        assertThat(fs).allSatisfy(f -> assertThat(MctpFailures.reason(f)).isEqualTo(MctpException.Reason.BINDING_DOWN));
        assertThat(ospm.drops().get(DropReason.DISCARDED_ON_CLOSE)).isEqualTo(4);
        assertThat(ospm.queuedPackets()).isZero();
        scheduler.advance(LATENCY.multipliedBy(10));
        assertThat(atPlatform).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void fullTransmitQueueFailsTheTransmitAndKeepsTheQueued() {
        PccMailbox.Pair m = PccMailbox.pair(scheduler, LATENCY, 2, 3, 256);
        PccBinding limited = new PccBinding(m.ospm(), PccBinding.Settings.DEFAULTS.withTransmitQueueLimit(2));
        PccBinding peer = new PccBinding(m.platform());
        List<Bytes> got = new ArrayList<>();
        limited.start((p, s) -> { });
        peer.start((p, s) -> got.add(p));
        scheduler.runDue();

        List<CompletableFuture<Void>> fs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            fs.add(limited.transmit(packet(20, i), LinkAddress.NONE).toCompletableFuture());
        }

        assertThat(MctpFailures.reason(fs.get(3))).isEqualTo(MctpException.Reason.TRANSMIT_FAILED);
        assertThat(limited.drops().get(DropReason.TRANSMIT_FAILED)).isEqualTo(1);
        scheduler.advance(LATENCY.multipliedBy(10));
        assertThat(got).containsExactly(packet(20, 0), packet(20, 1), packet(20, 2));
    }

    @Test
    void errorStatusFromThePlatformFailsThePacketAndIsCleared() {
        PccMailbox.Pair m = PccMailbox.pair(scheduler, LATENCY, 2, 3, 256);
        PccBinding host = new PccBinding(m.ospm());
        host.start((p, s) -> { });
        PccSubspace platformSide = m.platform().initiator();
        platformSide.start(() -> {
            if (!platformSide.commandComplete()) {
                platformSide.setErrorStatus(true);
                platformSide.setCommandComplete(true);
                platformSide.notifyPeer();
            }
        });
        scheduler.runDue();

        CompletableFuture<Void> f = host.transmit(GET_EID, LinkAddress.NONE).toCompletableFuture();
        scheduler.advance(LATENCY.multipliedBy(2));

        assertThat(MctpFailures.of(f).reason()).isEqualTo(MctpException.Reason.TRANSMIT_FAILED);
        assertThat(MctpFailures.of(f).getMessage()).contains("error status");
        assertThat(platformSide.errorStatus()).isFalse();
    }

    @Test
    void receiverThatThrowsIsCountedAndTheChannelGoesOn() {
        PccMailbox.Pair m = PccMailbox.pair(scheduler, LATENCY, 2, 3, 256);
        PccBinding host = new PccBinding(m.ospm());
        PccBinding controller = new PccBinding(m.platform());
        List<Bytes> got = new ArrayList<>();
        host.start((p, s) -> { });
        controller.start((p, s) -> {
            got.add(p);
            if (got.size() == 1) {
                throw new IllegalStateException("handler bug");
            }
        });
        scheduler.runDue();

        host.transmit(packet(20, 1), LinkAddress.NONE);
        host.transmit(packet(20, 2), LinkAddress.NONE);
        scheduler.advance(LATENCY.multipliedBy(10));

        assertThat(got).containsExactly(packet(20, 1), packet(20, 2));
        assertThat(controller.drops().snapshot()).containsOnlyKeys(DropReason.HANDLER_FAILED);
    }

    @Test
    void linkIsDownOnceEitherEndCloses() {
        assertThat(ospm.isLinkUp()).isTrue();
        assertThat(platform.isLinkUp()).isTrue();

        platform.close();

        assertThat(ospm.isLinkUp()).isFalse();
        assertThat(platform.isLinkUp()).isFalse();
    }

    @Test
    void settingCommandCompleteFromTheWrongEndIsRefused() {
        assertThatThrownBy(() -> mailbox.ospm().initiator().setCommandComplete(true)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> mailbox.platform().responder().setCommandComplete(true)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> mailbox.ospm().initiator().setErrorStatus(true)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> mailbox.ospm().initiator().read(250, 7)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
