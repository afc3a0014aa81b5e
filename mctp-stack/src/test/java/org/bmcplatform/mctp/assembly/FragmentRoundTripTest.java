package org.bmcplatform.mctp.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.packet.MctpPacket;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Randomised fragment -> reassemble round trips. The seed is printed; replay a failure with
 * {@code -Dmctp.roundtrip.seed=<seed>}.
 *
 * <p>Perturbations are those the 2-bit sequence number can detect (DSP0236 §8.8): one lost packet,
 * one packet repeated right after itself, two packets swapped at a distance of 1 to 3. A displacement
 * by a multiple of 4 packets keeps the sequence continuous and is only caught by a message integrity
 * check, which is above this layer.
 */
class FragmentRoundTripTest {
    private static final int NET = 1;
    private static final EndpointId DST = EndpointId.of(8);
    private static final EndpointId SRC = EndpointId.of(20);
    private static long seed;

    @BeforeAll
    static void chooseSeed() {
        String replay = System.getProperty("mctp.roundtrip.seed");
        seed = replay != null ? Long.parseLong(replay) : new SplittableRandom().nextLong();
        System.out.println("FragmentRoundTripTest seed=" + seed + " (replay with -Dmctp.roundtrip.seed=" + seed + ")");
    }

    private static Bytes randomMessage(SplittableRandom random) {
        int length = random.nextBoolean() ? random.nextInt(1, 65537) : random.nextInt(1, 600);
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) random.nextInt(256);
        }
        return Bytes.wrap(b);
    }

    @Test
    void anyMessageAtAnyMtuReassemblesToTheSameBytes() {
        SplittableRandom random = new SplittableRandom(seed);
        VirtualScheduler scheduler = new VirtualScheduler();
        for (int run = 0; run < 150; run++) {
            Bytes message = randomMessage(random);
            int mtu = random.nextInt(68, 255);
            DropCounters drops = new DropCounters();
            Reassembler reassembler = new Reassembler(scheduler, ReassemblySettings.DEFAULTS, drops);
            List<Bytes> delivered = new ArrayList<>();
            for (MctpPacket p : Fragmenter.fragment(DST, SRC, true, run & 7, message, mtu, random.nextInt(4))) {
                reassembler.accept(NET, p).ifPresent(delivered::add);
            }
            assertThat(delivered).as("run %d: %d bytes at MTU %d, seed %d", run, message.length(), mtu, seed)
                    .containsExactly(message);
            assertThat(drops.total()).isZero();
        }
    }

    @Test
    void lostRepeatedOrReorderedPacketsNeverDeliverACorruptMessage() {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        VirtualScheduler scheduler = new VirtualScheduler();
        for (int run = 0; run < 300; run++) {
            Bytes message = randomMessage(random);
            int mtu = random.nextInt(68, 255);
            List<MctpPacket> packets = new ArrayList<>(Fragmenter.fragment(DST, SRC, false, run & 7, message, mtu, random.nextInt(4)));
            int n = packets.size();
            int kind = random.nextInt(3);
            String what;
            if (kind == 0) {
                int i = random.nextInt(n);
                packets.remove(i);
                what = "lost packet " + i;
            } else if (kind == 1) {
                int i = random.nextInt(n);
                packets.add(i + 1, packets.get(i));
                what = "repeated packet " + i;
            } else if (n >= 2) {
                int d = random.nextInt(1, Math.min(3, n - 1) + 1);
                int i = random.nextInt(n - d);
                Collections.swap(packets, i, i + d);
                what = "swapped packets " + i + " and " + (i + d);
            } else {
                what = "no change (single packet)";
            }
            DropCounters drops = new DropCounters();
            Reassembler reassembler = new Reassembler(scheduler, ReassemblySettings.DEFAULTS, drops);
            List<Bytes> delivered = new ArrayList<>();
            for (MctpPacket p : packets) {
                reassembler.accept(NET, p).ifPresent(delivered::add);
            }
            scheduler.advance(ReassemblySettings.DEFAULTS.timeout().plus(Duration.ofSeconds(1)));
            String context = String.format("run %d: %d bytes in %d packets at MTU %d, %s, seed %d",
                    run, message.length(), n, mtu, what, seed);
            assertThat(delivered).as(context).allSatisfy(m -> assertThat(m).as(context).isEqualTo(message));
            boolean changedMultiPacket = n >= 2 && !what.startsWith("no change");
            if (changedMultiPacket && kind != 1) {
                assertThat(delivered).as(context).isEmpty();
            }
            if (changedMultiPacket && (delivered.isEmpty() || kind == 1)) {
                assertThat(drops.total()).as(context + ": drop counted").isPositive();
            }
            assertThat(reassembler.inProgress()).as(context).isZero();
        }
    }
}
