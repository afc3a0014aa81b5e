package org.bmcplatform.sim.ncsi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.IncomingRequest;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.profiles.ncsi.ChannelId;
import org.bmcplatform.profiles.ncsi.ControlHeader;
import org.bmcplatform.profiles.ncsi.GetLinkStatusRequest;
import org.bmcplatform.profiles.ncsi.GetLinkStatusResponse;
import org.bmcplatform.profiles.ncsi.GetVersionIdResponse;
import org.bmcplatform.profiles.ncsi.NcsiCodec;
import org.bmcplatform.profiles.ncsi.NcsiVersion;
import org.bmcplatform.profiles.ncsi.SpeedDuplex;
import org.junit.jupiter.api.Test;

/** The NC-SI package on its own: whatever bytes arrive, {@link NcsiPackage#answer} neither throws nor fails inside. */
class NcsiPackageTest {
    private final List<Bytes> aens = new ArrayList<>();
    private final NcsiPackage pkg = new NcsiPackage(
            new NcsiPackage.Identity(2, new NcsiVersion(0xF1, 0xF2, 0xF0, 0, 0), GetVersionIdResponse.firmwareName("T"), 1, 2, 3, 4, 5,
                    6, UUID.randomUUID()),
            NcsiPackage.Behaviour.DEFAULT, List.of(new NcsiPackage.Port(0, SpeedDuplex.GBPS_25, true),
                    new NcsiPackage.Port(1, SpeedDuplex.GBPS_25, false)), () -> 0L, (target, aen) -> aens.add(aen));

    private static IncomingRequest incoming(Bytes message) {
        return new IncomingRequest(1, EndpointId.of(8), EndpointId.of(9), 0, message, "smbus0", LinkAddress.smbus(0x10));
    }

    @Test
    void randomAndMutatedBytesNeverThrowAndTheNextGoodCommandIsAnswered() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        Bytes good = NcsiCodec.encode(new GetLinkStatusRequest(ControlHeader.of(7, ChannelId.of(2, 0))));
        for (int i = 0; i < 5_000; i++) {
            byte[] raw;
            if (random.nextBoolean()) {
                raw = new byte[1 + random.nextInt(80)];
                random.nextBytes(raw);
                raw[0] = 0x02;
            } else {
                raw = good.toArray();
                raw[1 + random.nextInt(raw.length - 1)] = (byte) random.nextInt(256);
                if (random.nextBoolean()) {
                    raw[raw.length - 1] = raw[raw.length - 2] = raw[raw.length - 3] = raw[raw.length - 4] = 0; // checksum "not computed"
                }
            }
            Bytes message = Bytes.wrap(raw);
            Optional<Bytes> answer = pkg.answer(incoming(message));
            answer.ifPresent(a -> assertThat(NcsiCodec.decodeResponse(a)).as("seed %d, input %s", seed, message).isNotNull());
        }

        assertThat(pkg.failures()).as("seed %d", seed).isZero();
        assertThat(pkg.dropped()).as("seed %d", seed).isPositive();
        assertThat(NcsiCodec.decodeResponse(pkg.answer(incoming(good)).orElseThrow())).isInstanceOf(GetLinkStatusResponse.class);
        assertThat(aens).isEmpty();
    }
}
