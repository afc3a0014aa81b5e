package org.bmcplatform.mctp.binding.astlpc;

import static org.assertj.core.api.Assertions.assertThat;

import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.BindingConformanceTest;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for astlpc: a BMC ({@code a}) and a host ({@code b}) over an in-memory KCS pair and
 * a 1 MiB window, both asking for a 1024-byte MTU (v3). Raw bytes towards the host are written into the
 * host's receive buffer and announced with Tx Begin, as a misbehaving BMC would.
 */
class AstLpcBindingConformanceTest extends BindingConformanceTest {
    private KcsPair kcs;
    private LpcWindow window;

    @Override
    protected ConnectedPair createPair(VirtualScheduler scheduler) {
        kcs = KcsPair.create(scheduler);
        window = LpcWindow.inMemory();
        AstLpcBinding bmc = new AstLpcBinding(kcs.bmc(), window, AstLpcSettings.bmc(1024));
        AstLpcBinding host = new AstLpcBinding(kcs.host(), window, AstLpcSettings.host(1024));
        return new ConnectedPair(bmc, host, raw -> {
            scheduler.runDue();
            window.write(host.layout().orElseThrow().rx().offset(), raw);
            kcs.bmc().writeData(AstLpcBinding.CMD_TX_BEGIN);
        });
    }

    @Test
    void bothSidesReportKindNoAddressAndLinkUpOnceTheChannelIsActive() {
        assertThat(pair.a().kind()).isEqualTo("astlpc");
        assertThat(pair.b().localAddress()).isEqualTo(LinkAddress.NONE);
        assertThat(pair.a().isLinkUp()).isFalse();
        assertThat(pair.b().isLinkUp()).isFalse();

        scheduler.runDue();

        assertThat(pair.a().isLinkUp()).isTrue();
        assertThat(pair.b().isLinkUp()).isTrue();
        assertThat(((AstLpcBinding) pair.b()).negotiatedVersion()).isEqualTo(3);
        assertThat(pair.a().mtu()).isEqualTo(1024);
        assertThat(pair.b().mtu()).isEqualTo(1024);
    }

    @Test
    void garbageLengthInTheBufferIsCountedAsBadLength() {
        pair.rawIntoB().accept(Bytes.fromHex("00 10 00 00"));
        scheduler.runDue();
        assertThat(pair.b().drops().snapshot()).containsOnlyKeys(DropReason.BAD_LENGTH);
    }
}
