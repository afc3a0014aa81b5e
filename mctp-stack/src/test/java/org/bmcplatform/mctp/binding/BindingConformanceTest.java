package org.bmcplatform.mctp.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpFailures;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The binding conformance kit (STYLE.md rule 33): behaviours every binding passes. A binding's test
 * subclasses this with a factory for two connected instances over its in-memory backend.
 */
public abstract class BindingConformanceTest {

    /** Two connected bindings, plus a way to put raw bytes on the medium towards {@code b}. */
    public record ConnectedPair(Binding a, Binding b, Consumer<Bytes> rawIntoB) {
    }

    /** Creates two connected, not yet started bindings whose backends deliver on the scheduler. */
    protected abstract ConnectedPair createPair(VirtualScheduler scheduler);

    protected VirtualScheduler scheduler;
    protected ConnectedPair pair;
    protected final List<Bytes> receivedByA = new ArrayList<>();
    protected final List<Bytes> receivedByB = new ArrayList<>();
    protected final List<LinkAddress> sourcesAtB = new ArrayList<>();

    @BeforeEach
    void startPair() {
        scheduler = new VirtualScheduler();
        pair = createPair(scheduler);
        pair.a().start((p, src) -> receivedByA.add(p));
        pair.b().start((p, src) -> {
            receivedByB.add(p);
            sourcesAtB.add(src);
        });
    }

    @AfterEach
    void closePair() {
        pair.a().close();
        pair.b().close();
    }

    /** A packet with a plausible transport header (EID 8 → 9, SOM|EOM|TO) and {@code length - 4} payload bytes. */
    protected static Bytes packet(int length, int fill) {
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

    private void send(Binding from, Binding to, Bytes packet) {
        CompletableFuture<Void> done = from.transmit(packet, to.localAddress()).toCompletableFuture();
        scheduler.runDue();
        assertThat(done).isCompleted();
        assertThat(done.isCompletedExceptionally()).as("transmit failed").isFalse();
    }

    private int commonMtu() {
        return Math.min(pair.a().mtu(), pair.b().mtu());
    }

    @Test
    void baselinePacketRoundTripsInBothDirections() {
        send(pair.a(), pair.b(), packet(68, 0));
        send(pair.b(), pair.a(), packet(68, 7));

        assertThat(receivedByB).containsExactly(packet(68, 0));
        assertThat(receivedByA).containsExactly(packet(68, 7));
        assertThat(sourcesAtB).containsExactly(pair.a().localAddress());
    }

    @Test
    void mtuIsAtLeastTheBaselineAndAPacketOfExactlyTheMtuArrives() {
        assertThat(pair.a().mtu()).isGreaterThanOrEqualTo(68);
        send(pair.a(), pair.b(), packet(commonMtu(), 3));
        assertThat(receivedByB).containsExactly(packet(commonMtu(), 3));
    }

    @Test
    void packetAboveTheMtuIsRejectedAsTooLargeAndNothingIsSent() {
        CompletableFuture<Void> f = pair.a().transmit(packet(pair.a().mtu() + 1, 0), pair.b().localAddress())
                .toCompletableFuture();
        scheduler.runDue();

        assertThat(MctpFailures.reason(f)).isEqualTo(MctpException.Reason.TOO_LARGE);
        assertThat(receivedByB).isEmpty();
    }

    @Test
    void specialBytesInThePayloadArriveIntact() {
        byte[] p = packet(68, 0).toArray();
        int[] special = {0x7E, 0x7D, 0x00, 0xFF, 0x7D, 0x5E, 0x7E, 0x7E, 0x7D, 0x5D, 0x0F, 0xC0};
        for (int i = 4; i < p.length; i++) {
            p[i] = (byte) special[i % special.length];
        }
        Bytes packet = Bytes.of(p);

        send(pair.a(), pair.b(), packet);

        assertThat(receivedByB).containsExactly(packet);
    }

    @Test
    void garbageIsDroppedAndCountedAndTheNextValidFrameArrives() {
        pair.rawIntoB().accept(Bytes.fromHex("7d 00 ff 7e 7d 5e 13 37"));
        scheduler.runDue();
        send(pair.a(), pair.b(), packet(20, 0));

        assertThat(pair.b().drops().total()).isPositive();
        assertThat(receivedByB).containsExactly(packet(20, 0));
    }

    @Test
    void burstOfAThousandPacketsArrivesWithoutLossInOrder() {
        List<Bytes> sent = new ArrayList<>();
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Bytes p = packet(4 + (i % (commonMtu() - 3)), i);
            sent.add(p);
            futures.add(pair.a().transmit(p, pair.b().localAddress()).toCompletableFuture());
        }
        scheduler.runDue();

        assertThat(futures).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThat(receivedByB).containsExactlyElementsOf(sent);
        assertThat(pair.b().drops().total()).isZero();
    }

    @Test
    void closeIsIdempotentAndTransmitAfterCloseFailsBindingDown() {
        pair.a().close();
        assertThatCode(() -> pair.a().close()).doesNotThrowAnyException();

        CompletableFuture<Void> f = pair.a().transmit(packet(20, 0), pair.b().localAddress()).toCompletableFuture();
        scheduler.runDue();

        assertThat(MctpFailures.reason(f)).isEqualTo(MctpException.Reason.BINDING_DOWN);
        assertThat(receivedByB).isEmpty();
    }

    @Test
    void dropCountersStartAtZeroAndOnlyCountBadInput() {
        assertThat(pair.b().drops().total()).isZero();
        send(pair.a(), pair.b(), packet(68, 0));
        assertThat(pair.b().drops().total()).isZero();
        pair.rawIntoB().accept(Bytes.fromHex("00 01 02"));
        scheduler.runDue();
        assertThat(pair.b().drops().total()).isEqualTo(1);
        assertThat(receivedByB).hasSize(1);
    }
}
