package org.bmcplatform.profiles.ncsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary bytes never make the codec throw anything but {@link NcsiFormatException}. Inputs are
 * random bytes, random payloads behind a well-formed header (right length and pad, checksum 0 =
 * "not computed") for every packet type the codec lays out, and every vector with a bit flipped,
 * cut short or a byte appended, so decoding reaches deep into the payloads. Whatever decodes must
 * encode again and decode to the same value. Replay with {@code -Dncsi.seed=<printed seed>}.
 */
class NcsiRandomDecodeTest {
    private static final int ROUNDS = 20_000;
    private static final int[] TYPES = {0x0A, 0x15, 0x16, 0x18, 0x52, 0x8A, 0x95, 0x96, 0x98, 0xD2, 0xFF, 0x00, 0x80, 0x50, 0xD0};
    private static final int[] LENGTHS = {0, 2, 4, 12, 16, 20, 32, 40, 168, 204};

    @Test
    void arbitraryBytesYieldAValueOrTheCodecsOwnError() {
        long seed = Long.getLong("ncsi.seed", System.nanoTime());
        System.out.println("NcsiRandomDecodeTest seed = " + seed);
        Random rnd = new Random(seed);
        List<NcsiVectors.Case> vectors = NcsiVectors.all();
        int decoded = 0;
        for (int i = 0; i < ROUNDS; i++) {
            Bytes message = input(rnd, vectors);
            try {
                NcsiPacket p = NcsiCodec.decode(message);
                assertThat(NcsiCodec.decode(NcsiCodec.encode(p))).as("seed %d round %d", seed, i).isEqualTo(p);
                decoded++;
            } catch (NcsiFormatException expected) {
                assertThat(expected.offset()).as("seed %d round %d: offset inside the input", seed, i)
                        .isBetween(0, message.length());
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + " round " + i + " input " + message + ": " + e, e);
            }
        }
        assertThat(decoded).as("some inputs decode (seed %d)", seed).isGreaterThan(ROUNDS / 10);
    }

    private static Bytes input(Random rnd, List<NcsiVectors.Case> vectors) {
        switch (rnd.nextInt(3)) {
            case 0: {
                byte[] b = new byte[rnd.nextInt(48)];
                rnd.nextBytes(b);
                if (b.length > 2 && rnd.nextBoolean()) {
                    b[0] = NcsiCodec.TYPE_BYTE;
                    b[2] = NcsiCodec.HEADER_REVISION;
                }
                return Bytes.wrap(b);
            }
            case 1:
                return wellFramed(rnd);
            default: {
                NcsiVectors.Case c = vectors.get(rnd.nextInt(vectors.size()));
                byte[] b = c.message().toArray();
                int mutation = rnd.nextInt(3);
                if (mutation == 0) {
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

    /** Type byte, header with a plausible length, random payload, zero pad, checksum 0. */
    private static Bytes wellFramed(Random rnd) {
        int type = TYPES[rnd.nextInt(TYPES.length)];
        int length = rnd.nextInt(4) == 0 ? rnd.nextInt(64) : LENGTHS[rnd.nextInt(LENGTHS.length)];
        byte[] b = new byte[1 + NcsiCodec.HEADER_LENGTH + length + (-length & 3) + 4];
        b[0] = NcsiCodec.TYPE_BYTE;
        b[2] = NcsiCodec.HEADER_REVISION;
        b[4] = (byte) rnd.nextInt(256);
        b[5] = (byte) type;
        b[6] = (byte) rnd.nextInt(256);
        b[7] = (byte) (length >>> 8);
        b[8] = (byte) length;
        byte[] payload = new byte[length];
        rnd.nextBytes(payload);
        if (length >= 4 && type >= 0x80 && type != 0xFF && rnd.nextBoolean()) {
            payload[0] = 0;
            payload[1] = 0; // Command Completed, so the layout is read
        }
        if (length >= 4 && type == 0xFF && rnd.nextBoolean()) {
            payload[3] = 0; // Link Status Change
        }
        System.arraycopy(payload, 0, b, 1 + NcsiCodec.HEADER_LENGTH, length);
        return Bytes.wrap(b);
    }
}
