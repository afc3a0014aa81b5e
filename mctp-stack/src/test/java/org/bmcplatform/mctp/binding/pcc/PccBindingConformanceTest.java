package org.bmcplatform.mctp.binding.pcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.bmcplatform.mctp.binding.BindingConformanceTest;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/** The conformance kit for PCC: an OSPM binding and a platform binding over the in-memory mailbox. */
class PccBindingConformanceTest extends BindingConformanceTest {
    private PccMailbox.Pair mailbox;

    @Override
    protected ConnectedPair createPair(VirtualScheduler scheduler) {
        mailbox = PccMailbox.pair(scheduler, Duration.ZERO, 2, 3, 256);
        PccBinding ospm = new PccBinding(mailbox.ospm());
        PccBinding platform = new PccBinding(mailbox.platform());
        return new ConnectedPair(ospm, platform, mailbox::injectTowardsPlatform);
    }

    @Test
    void pccBindingReportsItsKindRolesAndNoLinkAddress() {
        assertThat(pair.a().kind()).isEqualTo("pcc");
        assertThat(((PccBinding) pair.a()).role()).isEqualTo(PccRole.OSPM);
        assertThat(((PccBinding) pair.b()).role()).isEqualTo(PccRole.PLATFORM);
        assertThat(pair.a().localAddress()).isEqualTo(LinkAddress.NONE);
    }

    @Test
    void mtuIsTheSharedMemoryLessTheHeader() {
        assertThat(pair.a().mtu()).isEqualTo(256 - 16);
        assertThat(pair.b().mtu()).isEqualTo(256 - 16);
    }
}
