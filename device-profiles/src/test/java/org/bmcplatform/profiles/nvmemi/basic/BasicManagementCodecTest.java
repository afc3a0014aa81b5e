package org.bmcplatform.profiles.nvmemi.basic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.profiles.nvmemi.CompositeTemperature;
import org.bmcplatform.profiles.nvmemi.SmartWarnings;
import org.junit.jupiter.api.Test;

/**
 * Basic Management blocks (NVMe-MI 1.2 Appendix A): named edge cases, a random round trip and random
 * bytes that may only raise {@link BasicManagementFormatException}. Replay with
 * {@code -Dnvmemi.seed=<printed seed>}.
 */
class BasicManagementCodecTest {

    @Test
    void trailingBytesAfterTheBlockAreRejected() {
        Bytes read = Bytes.fromHex("06 38 ff 2a 03 00 00 00");

        assertThatThrownBy(() -> BasicManagementCodec.decode(0x00, read, 0x6A, false))
                .isInstanceOfSatisfying(BasicManagementFormatException.class, e -> {
                    assertThat(e.offset()).isEqualTo(7);
                    assertThat(e.field()).isEqualTo("end");
                });
    }

    @Test
    void missingPecIsReportedAtItsOffset() {
        Bytes read = Bytes.fromHex("06 38 ff 2a 03 00 00");

        assertThatThrownBy(() -> BasicManagementCodec.decode(0x00, read, 0x6A, true))
                .isInstanceOfSatisfying(BasicManagementFormatException.class, e -> {
                    assertThat(e.offset()).isEqualTo(1);
                    assertThat(e.field()).isEqualTo("data and PEC");
                });
    }

    @Test
    void otherCommandCodesAreNotBasicManagementBlocks() {
        assertThatThrownBy(() -> BasicManagementCodec.decode(0x20, Bytes.fromHex("00"), 0x6A, false))
                .isInstanceOfSatisfying(BasicManagementFormatException.class, e -> assertThat(e.field()).isEqualTo("command code"));
    }

    @Test
    void emptyReadNamesTheLengthByte() {
        assertThatThrownBy(() -> BasicManagementCodec.decode(0x08, Bytes.EMPTY, 0x6A, false))
                .isInstanceOfSatisfying(BasicManagementFormatException.class, e -> {
                    assertThat(e.offset()).isZero();
                    assertThat(e.field()).isEqualTo("length");
                });
    }

    @Test
    void serialIsTwentyBytesAndTrimmedForDisplay() {
        DriveIdentity id = DriveIdentity.of(0x1D0F, "ACME-0001");

        assertThat(id.serialNumber().length()).isEqualTo(20);
        assertThat(id.serial()).isEqualTo("ACME-0001");
        assertThatThrownBy(() -> DriveIdentity.of(0x1D0F, "X".repeat(21))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DriveIdentity(0x10000, id.serialNumber())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomBlocksRoundTripWithAndWithoutPec() {
        long seed = Long.getLong("nvmemi.seed", System.nanoTime());
        System.out.println("BasicManagementCodecTest round trip seed = " + seed);
        Random rnd = new Random(seed);
        for (int i = 0; i < 5_000; i++) {
            BasicManagementBlock block;
            if (rnd.nextBoolean()) {
                block = new DriveStatus(rnd.nextInt(256), new SmartWarnings(rnd.nextInt(256)),
                        new CompositeTemperature(rnd.nextInt(256)), rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256));
            } else {
                byte[] serial = new byte[DriveIdentity.SERIAL_LENGTH];
                rnd.nextBytes(serial);
                block = new DriveIdentity(rnd.nextInt(65536), Bytes.wrap(serial));
            }
            int address = rnd.nextInt(128);
            boolean pec = rnd.nextBoolean();
            Bytes read = BasicManagementCodec.encode(block, address, pec);
            assertThat(BasicManagementCodec.decode(block.commandCode(), read, address, pec))
                    .as("seed %d round %d", seed, i).isEqualTo(block);
        }
    }

    @Test
    void arbitraryBytesYieldABlockOrTheCodecsOwnError() {
        long seed = Long.getLong("nvmemi.seed", System.nanoTime());
        System.out.println("BasicManagementCodecTest random decode seed = " + seed);
        Random rnd = new Random(seed);
        int decoded = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] b = new byte[rnd.nextInt(30)];
            rnd.nextBytes(b);
            int command = rnd.nextInt(4) == 0 ? rnd.nextInt(256) : (rnd.nextBoolean() ? 0x00 : 0x08);
            if (b.length > 0 && rnd.nextBoolean()) {
                b[0] = (byte) (command == 0 ? 6 : 22);
            }
            boolean pec = rnd.nextBoolean();
            if (pec && b.length > 1 && rnd.nextBoolean()) {
                b[b.length - 1] = (byte) BasicManagementCodec.pec(0x6A, command, Bytes.wrap(b), b.length - 1);
            }
            try {
                BasicManagementCodec.encode(BasicManagementCodec.decode(command, Bytes.wrap(b), 0x6A, pec), 0x6A, pec);
                decoded++;
            } catch (BasicManagementFormatException expected) {
                // the codec's own error
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + " round " + i + ": " + e, e);
            }
        }
        assertThat(decoded).as("some inputs decode (seed %d)", seed).isPositive();
    }
}
