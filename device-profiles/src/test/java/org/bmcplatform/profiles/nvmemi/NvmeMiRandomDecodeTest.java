package org.bmcplatform.profiles.nvmemi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.zip.CRC32C;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary bytes never make the codec throw anything but {@link NvmeMiFormatException}. Half the
 * inputs get a 0x84 type byte and a correct MIC so decoding reaches the bodies. Replay a failure by
 * setting {@code -Dnvmemi.seed=<printed seed>}.
 */
class NvmeMiRandomDecodeTest {
    private static final int ROUNDS = 20_000;
    private static final List<MiRequest> CONTEXTS = List.of(
            new HealthStatusPollRequest(0, false),
            new ReadDataStructureRequest(0, DataStructureType.SUBSYSTEM_INFORMATION, 0, 0),
            new ReadDataStructureRequest(1, DataStructureType.PORT_INFORMATION, 0, 0),
            new ReadDataStructureRequest(0, DataStructureType.CONTROLLER_LIST, 0, 0),
            new ReadDataStructureRequest(0, DataStructureType.CONTROLLER_INFORMATION, 0, 0),
            new ReadDataStructureRequest(0, new DataStructureType(0x04), 0, 0),
            new VpdReadRequest(0, 0, 64),
            new IdentifyControllerRequest(0, 0, 0, 272),
            new MiCommandRequest(0, MiOpcode.RESET, 0, 0, Bytes.EMPTY),
            ControllerHealthStatusPollRequest.all(0),
            new ConfigurationGetRequest(0, ConfigurationIdentifier.MCTP_TRANSMISSION_UNIT_SIZE, 1),
            ConfigurationSetRequest.transmissionUnitSize(1, 1, 128),
            new OtherRequest(0, MessageKind.CONTROL_PRIMITIVE, Bytes.EMPTY));

    @Test
    void arbitraryBytesYieldARecordOrTheCodecsOwnError() {
        long seed = Long.getLong("nvmemi.seed", System.nanoTime());
        System.out.println("NvmeMiRandomDecodeTest seed = " + seed);
        Random random = new Random(seed);
        int decoded = 0;
        for (int i = 0; i < ROUNDS; i++) {
            byte[] b = new byte[random.nextInt(80)];
            random.nextBytes(b);
            if (random.nextBoolean() && b.length >= 8) {
                b[0] = (byte) 0x84;
                if (random.nextBoolean()) {
                    b[1] = (byte) (b[1] & 0x81 | (random.nextInt(3) << 3));
                }
                if (random.nextInt(4) == 0 && b.length >= 12) {
                    b[4] = 0;                                                     // success
                    b[5] = (byte) ((b.length - 12) / 16 + random.nextInt(2));     // RENT about right
                    b[6] = 0;
                    b[7] = 0;
                }
                CRC32C crc = new CRC32C();
                crc.update(b, 0, b.length - 4);
                long v = crc.getValue();
                for (int k = 0; k < 4; k++) {
                    b[b.length - 4 + k] = (byte) (v >>> 8 * k);
                }
            }
            Bytes message = Bytes.wrap(b);
            decoded += attempt(seed, i, () -> NvmeMiCodec.encode(NvmeMiCodec.decodeRequest(message)));
            for (MiRequest context : CONTEXTS) {
                decoded += attempt(seed, i, () -> NvmeMiCodec.encode(NvmeMiCodec.decodeResponse(message, context)));
            }
        }
        assertThat(decoded).as("some inputs decode (seed %d)", seed).isPositive();
    }

    private static int attempt(long seed, int round, Runnable r) {
        try {
            r.run();
            return 1;
        } catch (NvmeMiFormatException expected) {
            return 0;
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + " round " + round + ": " + e, e);
        }
    }
}
