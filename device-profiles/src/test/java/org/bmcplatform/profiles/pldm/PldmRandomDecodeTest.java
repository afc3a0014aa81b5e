package org.bmcplatform.profiles.pldm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary bytes never make a codec throw anything but {@link PldmFormatException}. Inputs are
 * random bytes, random bytes behind a well-formed header for every modelled command, and every valid
 * vector with bytes flipped, cut or appended, so decoding reaches deep into the bodies. Whatever
 * decodes must encode again and decode to the same value. Replay with {@code -Dpldm.seed=<printed seed>}.
 */
class PldmRandomDecodeTest {
    private static final int ROUNDS = 10_000;
    private static final int[][] COMMANDS = {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}, {2, 0x04}, {2, 0x0A}, {2, 0x0C}, {2, 0x11}, {2, 0x21}, {2, 0x50},
        {2, 0x51},
        {4, 1}, {4, 2}, {5, 1}};

    @Test
    void arbitraryBytesYieldAValueOrTheCodecsOwnError() {
        long seed = Long.getLong("pldm.seed", System.nanoTime());
        System.out.println("PldmRandomDecodeTest seed = " + seed);
        Random rnd = new Random(seed);
        List<PldmVectors.Case> vectors = PldmVectors.all();
        int decoded = 0;
        for (int i = 0; i < ROUNDS; i++) {
            Bytes input = input(rnd, vectors);
            Bytes message = input;
            decoded += attempt(seed, i, () -> {
                PldmMessage m = PldmCodec.decode(message);
                assertThat(PldmCodec.decode(PldmCodec.encode(m))).isEqualTo(m);
            });
            decoded += attempt(seed, i, () -> PldmHeader.read(message));
            Bytes raw = input.isEmpty() ? input : input.slice(1);
            decoded += check(seed, i, raw, PdrCodec::decode, p -> PdrCodec.decode(PdrCodec.encode(p)));
            decoded += check(seed, i, raw, FruTableCodec::decode, t -> FruTableCodec.decode(FruTableCodec.encode(t)));
            decoded += check(seed, i, raw, FruTableCodec::decodeRecords, t -> FruTableCodec.decodeRecords(FruTableCodec.encodeRecords(t)));
            decoded += check(seed, i, raw, VersionData::decode, v -> VersionData.decode(VersionData.encode(v)));
        }
        assertThat(decoded).as("some inputs decode (seed %d)", seed).isGreaterThan(ROUNDS / 4);
    }

    private static Bytes input(Random rnd, List<PldmVectors.Case> vectors) {
        switch (rnd.nextInt(3)) {
            case 0: {
                byte[] b = new byte[rnd.nextInt(40)];
                rnd.nextBytes(b);
                return Bytes.wrap(b);
            }
            case 1: {
                int[] cmd = COMMANDS[rnd.nextInt(COMMANDS.length)];
                byte[] b = new byte[4 + rnd.nextInt(24)];
                rnd.nextBytes(b);
                b[0] = 0x01;
                b[1] = (byte) (b[1] & 0x9F);
                b[2] = (byte) cmd[0];
                b[3] = (byte) cmd[1];
                if (b.length > 4 && (b[1] & 0x80) == 0 && rnd.nextBoolean()) {
                    b[4] = 0; // success, so the body is read
                }
                return Bytes.wrap(b);
            }
            default: {
                PldmVectors.Case c = vectors.get(rnd.nextInt(vectors.size()));
                byte[] b = (c.kind().equals("message") ? c.message() : Bytes.of((byte) 1).concat(c.bytes())).toArray();
                int mutation = rnd.nextInt(3);
                if (mutation == 0 && b.length > 0) {
                    b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                    return Bytes.wrap(b);
                }
                if (mutation == 1) {
                    return Bytes.wrap(b).slice(0, rnd.nextInt(b.length + 1));
                }
                return Bytes.wrap(b).concat(Bytes.ofUnsigned(rnd.nextInt(256)));
            }
        }
    }

    private static <T> int check(long seed, int round, Bytes input, Function<Bytes, T> decode, Function<T, T> again) {
        return attempt(seed, round, () -> {
            T value = decode.apply(input);
            assertThat(again.apply(value)).isEqualTo(value);
        });
    }

    private static int attempt(long seed, int round, Runnable r) {
        try {
            r.run();
            return 1;
        } catch (PldmFormatException expected) {
            return 0;
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + " round " + round + ": " + e, e);
        }
    }
}
