package org.bmcplatform.profiles.pldm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random valid records survive encode then decode unchanged (the property the simulator relies on).
 * Symmetric mistakes are caught by the vector tests, not here. Replay with {@code -Dpldm.seed=<printed seed>}.
 */
class PldmRoundTripTest {

    private static long seed(String test) {
        long seed = Long.getLong("pldm.seed", System.nanoTime());
        System.out.println(test + " seed = " + seed);
        return seed;
    }

    @Test
    void randomRequestsAndResponsesRoundTrip() {
        long seed = seed("PldmRoundTripTest.messages");
        RandomPldm random = new RandomPldm(new Random(seed));
        for (int i = 0; i < 2_000; i++) {
            PldmMessage[] exchange = random.exchange();
            PldmRequest request = (PldmRequest) exchange[0];
            PldmResponse response = (PldmResponse) exchange[1];
            assertThat(PldmCodec.decodeRequest(PldmCodec.encode(request))).as("seed %d round %d", seed, i).isEqualTo(request);
            assertThat(PldmCodec.decodeRequest(PldmCodec.encodeUnacknowledged(request))).as("seed %d round %d", seed, i).isEqualTo(request);
            assertThat(PldmCodec.decodeResponse(PldmCodec.encode(response))).as("seed %d round %d", seed, i).isEqualTo(response);
        }
    }

    @Test
    void randomPdrsRoundTrip() {
        long seed = seed("PldmRoundTripTest.pdrs");
        RandomPldm random = new RandomPldm(new Random(seed));
        for (int i = 0; i < 1_500; i++) {
            Pdr pdr = random.pdr();
            assertThat(PdrCodec.decode(PdrCodec.encode(pdr))).as("seed %d round %d", seed, i).isEqualTo(pdr);
        }
    }

    @Test
    void randomFruTablesRoundTripWithPadAndCrc() {
        long seed = seed("PldmRoundTripTest.fru");
        Random rnd = new Random(seed);
        RandomPldm random = new RandomPldm(rnd);
        for (int i = 0; i < 800; i++) {
            FruRecordTable table = random.fruTable();
            assertThat(FruTableCodec.decode(FruTableCodec.encode(table))).as("seed %d round %d", seed, i).isEqualTo(table);
            assertThat(FruTableCodec.decodeRecords(FruTableCodec.encodeRecords(table))).as("seed %d round %d", seed, i).isEqualTo(table);
            assertThat(FruTableCodec.encode(table).length() % 4).isZero();
        }
    }

    @Test
    void randomVersionListsRoundTripWithTheirCrc() {
        long seed = seed("PldmRoundTripTest.versions");
        RandomPldm random = new RandomPldm(new Random(seed));
        for (int i = 0; i < 1_000; i++) {
            List<Ver32> versions = new ArrayList<>();
            for (int n = 1 + random.u8() % 6; n > 0; n--) {
                versions.add(Ver32.ofValue(random.u32()));
            }
            assertThat(VersionData.decode(VersionData.encode(versions))).as("seed %d round %d", seed, i).isEqualTo(versions);
        }
    }
}
