package org.bmcplatform.profiles.ncsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

/**
 * Random valid packets survive encode then decode unchanged (the property the simulator relies on),
 * and every encoded packet is 32-bit aligned with a checksum that verifies. Symmetric mistakes are
 * caught by the vector tests, not here. Replay with {@code -Dncsi.seed=<printed seed>}.
 */
class NcsiRoundTripTest {

    private static long seed(String test) {
        long seed = Long.getLong("ncsi.seed", System.nanoTime());
        System.out.println(test + " seed = " + seed);
        return seed;
    }

    @Test
    void randomPacketsRoundTripAlignedWithAVerifyingChecksum() {
        long seed = seed("NcsiRoundTripTest.packets");
        RandomNcsi random = new RandomNcsi(new Random(seed));
        for (int i = 0; i < 3_000; i++) {
            NcsiPacket p = random.packet();
            Bytes wire = NcsiCodec.encode(p);
            assertThat(NcsiCodec.decode(wire)).as("seed %d round %d", seed, i).isEqualTo(p);
            int packetLength = wire.length() - 1;
            assertThat(packetLength % 4).as("seed %d round %d: aligned", seed, i).isZero();
            int payloadLength = wire.get(7) << 8 | wire.get(8);
            long checksum = (long) wire.get(wire.length() - 4) << 24 | wire.get(wire.length() - 3) << 16
                    | wire.get(wire.length() - 2) << 8 | wire.get(wire.length() - 1);
            assertThat(checksum).as("seed %d round %d: checksum", seed, i)
                    .isEqualTo(NcsiChecksum.of(wire, 1, 1 + NcsiCodec.HEADER_LENGTH + payloadLength));
        }
    }

    @Test
    void everyLinkStatusDwordRoundTripsThroughItsFields() {
        long seed = seed("NcsiRoundTripTest.linkStatus");
        RandomNcsi random = new RandomNcsi(new Random(seed));
        for (int i = 0; i < 5_000; i++) {
            long bits = random.u32();
            LinkStatus s = LinkStatus.ofBits(bits);
            assertThat(s.bits()).as("seed %d round %d: 0x%08x", seed, i, bits).isEqualTo(bits);
            assertThat(LinkStatus.ofBits(s.bits())).isEqualTo(s);
        }
    }

    @Test
    void responsesMatchTheirRequestByIidAndCommand() {
        long seed = seed("NcsiRoundTripTest.correlation");
        RandomNcsi random = new RandomNcsi(new Random(seed));
        for (int i = 0; i < 500; i++) {
            ControlHeader h = random.header();
            GetLinkStatusRequest request = new GetLinkStatusRequest(h);
            GetLinkStatusResponse response = new GetLinkStatusResponse(h, random.reason(), random.linkStatus(), random.u32(), random.u32());
            assertThat(NcsiCodec.decodeResponse(NcsiCodec.encode(response), request)).as("seed %d round %d", seed, i).isEqualTo(response);
        }
    }
}
