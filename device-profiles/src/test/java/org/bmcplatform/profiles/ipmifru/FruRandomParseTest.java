package org.bmcplatform.profiles.ipmifru;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary images (half with a valid common header) never make the parser throw anything but
 * {@link FruFormatException}. Replay with {@code -Dipmifru.seed=<printed seed>}.
 */
class FruRandomParseTest {
    @Test
    void arbitraryBytesParseOrFailWithTheFormatError() {
        long seed = Long.getLong("ipmifru.seed", System.nanoTime());
        System.out.println("FruRandomParseTest seed = " + seed);
        Random random = new Random(seed);
        int parsed = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] b = new byte[random.nextInt(200)];
            random.nextBytes(b);
            if (b.length >= 8 && random.nextBoolean()) {
                b[0] = 1;
                b[3] = (byte) random.nextInt(4);
                b[4] = (byte) random.nextInt(8);
                b[7] = 0;
                b[7] = (byte) FruChecksum.complement(b, 0, 7);
            }
            try {
                FruInfo info = FruCodec.parse(Bytes.wrap(b));
                parsed++;
                info.board().ifPresent(x -> FruCodec.encodeBoardArea(x));
                info.product().ifPresent(x -> FruCodec.encodeProductArea(x));
            } catch (FruFormatException expected) {
                // the codec's own error
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + " round " + i + ": " + e, e);
            }
        }
        assertThat(parsed).as("seed %d", seed).isPositive();
    }
}
