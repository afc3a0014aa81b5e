package org.bmcplatform.profiles.nvmemi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

/**
 * Random valid requests and their responses survive encode then decode unchanged (the property the
 * simulator relies on). Symmetric mistakes are caught by the vector tests, not here. Replay with
 * {@code -Dnvmemi.seed=<printed seed>}.
 */
class NvmeMiRoundTripTest {

    @Test
    void randomRequestsAndResponsesRoundTrip() {
        long seed = Long.getLong("nvmemi.seed", System.nanoTime());
        System.out.println("NvmeMiRoundTripTest seed = " + seed);
        Random rnd = new Random(seed);
        for (int i = 0; i < 5_000; i++) {
            int csi = rnd.nextInt(2);
            MiRequest request;
            MiResponse response;
            switch (rnd.nextInt(9)) {
                case 0:
                    request = new HealthStatusPollRequest(csi, rnd.nextBoolean());
                    response = new HealthStatusPollResponse(csi, new SubsystemHealth(rnd.nextInt(256),
                            new SmartWarnings(rnd.nextInt(256)), new CompositeTemperature(rnd.nextInt(256)),
                            rnd.nextInt(256), rnd.nextInt(65536)));
                    break;
                case 1:
                    request = new ReadDataStructureRequest(csi, DataStructureType.CONTROLLER_LIST, rnd.nextInt(256), rnd.nextInt(65536));
                    List<Integer> ids = new ArrayList<>();
                    for (int k = rnd.nextInt(20); k > 0; k--) {
                        ids.add(rnd.nextInt(65536));
                    }
                    response = new ReadDataStructureResponse(csi, new DataStructure.ControllerList(ids));
                    break;
                case 2:
                    request = new ReadDataStructureRequest(csi, DataStructureType.PORT_INFORMATION, rnd.nextInt(256), 0);
                    response = new ReadDataStructureResponse(csi, new DataStructure.PortInfo(2, rnd.nextInt(256),
                            rnd.nextInt(65536), rnd.nextInt() & 0xFFFF_FFFFL,
                            new DataStructure.SmbusPort(rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256), rnd.nextBoolean())));
                    break;
                case 3:
                    int len = rnd.nextInt(257);
                    request = new VpdReadRequest(csi, rnd.nextInt(65536), len);
                    response = new VpdReadResponse(csi, random(rnd, len));
                    break;
                case 4:
                    int dlen = 4 * (1 + rnd.nextInt(100));
                    request = new IdentifyControllerRequest(csi, rnd.nextInt(65536), 4 * rnd.nextInt(100), dlen);
                    response = new IdentifyControllerResponse(csi, rnd.nextInt() & 0xFFFF_FFFFL, rnd.nextInt() & 0xFFFF_FFFFL,
                            rnd.nextInt() & 0xFFFF_FFFFL, random(rnd, dlen));
                    break;
                case 5:
                    request = new ControllerHealthStatusPollRequest(csi, rnd.nextInt(65536), rnd.nextInt(256), rnd.nextInt(8),
                            rnd.nextBoolean(), rnd.nextInt(32), rnd.nextBoolean());
                    List<ControllerHealth> entries = new ArrayList<>();
                    for (int k = rnd.nextInt(rnd.nextInt(10) == 0 ? 256 : 5); k > 0; k--) {
                        entries.add(new ControllerHealth(rnd.nextInt(65536), rnd.nextInt(65536), rnd.nextInt(65536),
                                rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(65536)));
                    }
                    response = new ControllerHealthStatusPollResponse(csi, entries);
                    break;
                case 6:
                    request = new ConfigurationGetRequest(csi, new ConfigurationIdentifier(rnd.nextInt(256)), rnd.nextInt(256));
                    response = new ConfigurationGetResponse(csi, rnd.nextInt(1 << 24));
                    break;
                case 7:
                    request = new ConfigurationSetRequest(csi, new ConfigurationIdentifier(rnd.nextInt(256)), rnd.nextInt(256),
                            rnd.nextInt(65536), rnd.nextInt() & 0xFFFF_FFFFL);
                    response = rnd.nextBoolean() ? new ConfigurationSetResponse(csi, rnd.nextInt(1 << 24))
                            : new ErrorResponse(csi, MessageKind.MI_COMMAND, new MiStatus(1 + rnd.nextInt(255)), rnd.nextInt(1 << 24));
                    break;
                default:
                    request = new MiCommandRequest(csi, new MiOpcode(0x08 + rnd.nextInt(0xF8)), rnd.nextInt() & 0xFFFF_FFFFL,
                            rnd.nextInt() & 0xFFFF_FFFFL, random(rnd, rnd.nextInt(16)));
                    response = rnd.nextBoolean() ? new MiCommandResponse(csi, rnd.nextInt(1 << 24), random(rnd, rnd.nextInt(16)))
                            : new ErrorResponse(csi, MessageKind.MI_COMMAND, new MiStatus(1 + rnd.nextInt(255)), rnd.nextInt(1 << 24));
                    break;
            }
            assertThat(NvmeMiCodec.decodeRequest(NvmeMiCodec.encode(request))).as("seed %d round %d", seed, i).isEqualTo(request);
            assertThat(NvmeMiCodec.decodeResponse(NvmeMiCodec.encode(response), request)).as("seed %d round %d", seed, i).isEqualTo(response);
        }
    }

    private static Bytes random(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return Bytes.wrap(b);
    }
}
