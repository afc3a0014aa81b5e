package org.bmcplatform.mctp.binding.astlpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestHandler;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.BindingSpec;
import org.bmcplatform.mctp.route.Route;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two MCTP stacks, BMC (EID 8) and host (EID 9), exchanging fragmented 4 KiB messages over astlpc. */
class AstLpcStackTest {
    private static final int NET = 1;
    private static final EndpointId BMC = EndpointId.of(8);
    private static final EndpointId HOST = EndpointId.of(9);

    private final VirtualScheduler scheduler = new VirtualScheduler();

    private static Bytes pldm(int length) {
        byte[] b = new byte[length];
        b[0] = 0x01;
        for (int i = 1; i < length; i++) {
            b[i] = (byte) (i * 13 + 5);
        }
        return Bytes.wrap(b);
    }

    private MctpInterface attach(MctpStack stack, Binding binding, EndpointId self, EndpointId peer) {
        MctpInterface i = stack.addInterface("lpc0", NET, binding);
        i.setLocalEid(self);
        stack.routes().add(new Route(NET, peer, peer, "lpc0", Optional.empty(), binding.mtu()));
        return i;
    }

    /** The BMC asks, the host echoes with one byte more; answers the request's packets out. */
    private long exchange(Binding bmcBinding, Binding hostBinding, int expectedMtu) throws Exception {
        MctpStack bmc = new MctpStack(scheduler, StackSettings.DEFAULTS);
        MctpStack host = new MctpStack(scheduler, StackSettings.DEFAULTS);
        try {
            MctpInterface bmcIf = attach(bmc, bmcBinding, BMC, HOST);
            attach(host, hostBinding, HOST, BMC);
            host.handle(MessageType.PLDM, RequestHandler.immediate(r -> Optional.of(r.message().concat(Bytes.ofUnsigned(0xAA)))));

            Bytes message = pldm(4096);
            Bytes answer = scheduler.await(bmc.request(NET, HOST, message), Duration.ofSeconds(5));

            assertThat(answer).isEqualTo(message.concat(Bytes.ofUnsigned(0xAA)));
            assertThat(bmcBinding.mtu()).isEqualTo(expectedMtu);
            assertThat(bmcBinding.drops().total() + hostBinding.drops().total()).isZero();
            assertThat(bmcIf.counters().messagesOut()).as("answered at the first attempt").isEqualTo(1);
            return bmcIf.counters().packetsOut();
        } finally {
            bmc.close();
            host.close();
        }
    }

    @Test
    void fourKibMessageCrossesTheInMemoryPairInMtuSizedFragments() throws Exception {
        KcsPair kcs = KcsPair.create(scheduler, Duration.ofNanos(500));
        LpcWindow window = LpcWindow.inMemory();
        AstLpcBinding bmc = new AstLpcBinding(kcs.bmc(), window, AstLpcSettings.bmc(1024));
        AstLpcBinding host = new AstLpcBinding(kcs.host(), window, AstLpcSettings.host(1024));

        long packets = exchange(bmc, host, 1024);

        assertThat(packets).isEqualTo((4096 + 1019) / 1020);
    }

    @Test
    void fourKibMessageCrossesTheFileBackendBetweenTwoMappings(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lpc.bin");
        AstLpcBinding bmc = AstLpcBackend.open(BindingSpec.parse("astlpc-file:" + file + "?role=bmc&mtu=1024&poll-us=50"), scheduler);
        AstLpcBinding host = AstLpcBackend.open(BindingSpec.parse("astlpc-file:" + file + "?role=host&mtu=1024&poll-us=50"), scheduler);

        long packets = exchange(bmc, host, 1024);

        assertThat(packets).isEqualTo((4096 + 1019) / 1020);
        assertThat(file.toFile().length()).isEqualTo(LpcWindow.DEFAULT_SIZE + MappedLpcFile.KCS_AREA);
    }
}
