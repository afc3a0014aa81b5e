package org.bmcplatform.mctp.binding.loopback;

import static org.assertj.core.api.Assertions.assertThat;

import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.BindingConformanceTest;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/** The binding conformance kit over the loopback pipe pair, plus loopback-only behaviours. */
class LoopbackBindingConformanceTest extends BindingConformanceTest {
    private LoopbackBinding.Pair link;

    @Override
    protected ConnectedPair createPair(VirtualScheduler scheduler) {
        link = LoopbackBinding.pair(scheduler, 254, LinkAddress.smbus(0x10), LinkAddress.smbus(0x1d));
        return new ConnectedPair(link.first(), link.second(), raw -> link.second().inject(raw));
    }

    @Test
    void injectedBytesAreCheckedLikeAFrame() {
        link.second().inject(Bytes.fromHex("01 09 08"));
        link.second().inject(Bytes.wrap(new byte[255]));
        link.second().inject(Bytes.fromHex("02 09 08 c8 00"));
        link.second().inject(Bytes.fromHex("01 09 08 c8 00"));
        scheduler.runDue();
        assertThat(pair.b().drops().snapshot()).containsOnlyKeys(DropReason.BAD_LENGTH, DropReason.OVERSIZE,
                DropReason.BAD_HEADER_VERSION);
        assertThat(receivedByB).containsExactly(Bytes.fromHex("01 09 08 c8 00"));
        assertThat(sourcesAtB).containsExactly(LinkAddress.smbus(0x10));
    }

    @Test
    void loopbackReportsItsKindAndAddress() {
        assertThat(pair.a().kind()).isEqualTo("loopback");
        assertThat(pair.b().localAddress()).isEqualTo(LinkAddress.smbus(0x1d));
    }
}
