package org.bmcplatform.mctp.binding.smbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpFailures;
import org.bmcplatform.mctp.binding.BindingConformanceTest;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/** The conformance kit for SMBus over the in-memory segment, plus SMBus-only behaviours. */
class SmbusBindingConformanceTest extends BindingConformanceTest {
    private InMemorySmbusSegment segment;

    @Override
    protected ConnectedPair createPair(VirtualScheduler scheduler) {
        segment = new InMemorySmbusSegment(scheduler);
        SmbusBinding owner = new SmbusBinding(segment.attach(0x10), 254);
        SmbusBinding endpoint = new SmbusBinding(segment.attach(0x1D), 254);
        return new ConnectedPair(owner, endpoint, raw -> segment.inject(0x1D, raw));
    }

    @Test
    void mtuOutside68To254IsRefusedAtConstruction() {
        InMemorySmbusSegment other = new InMemorySmbusSegment(scheduler);
        assertThatThrownBy(() -> new SmbusBinding(other.attach(0x20), 67)).hasMessageContaining("68..254");
        assertThatThrownBy(() -> new SmbusBinding(other.attach(0x21), 255)).hasMessageContaining("68..254");
        assertThat(new SmbusBinding(other.attach(0x22), 68).mtu()).isEqualTo(68);
    }

    @Test
    void writeToAnAddressNobodyAcknowledgesFailsTransmit() {
        CompletableFuture<Void> f = pair.a().transmit(packet(20, 0), LinkAddress.smbus(0x33)).toCompletableFuture();
        assertThat(MctpFailures.reason(f)).isEqualTo(MctpException.Reason.TRANSMIT_FAILED);
    }

    @Test
    void frameWithABadPecIsCountedUnderItsReason() {
        segment.inject(0x1D, org.bmcplatform.mctp.Bytes.fromHex("3a 0f 08 21 01 09 08 c8 00 80 02 31"));
        scheduler.runDue();
        assertThat(pair.b().drops().snapshot()).containsOnlyKeys(DropReason.BAD_PEC);
        assertThat(receivedByB).isEmpty();
    }

    @Test
    void smbusBindingReportsItsKindAndAddress() {
        assertThat(pair.b().kind()).isEqualTo("smbus");
        assertThat(pair.b().localAddress()).isEqualTo(LinkAddress.smbus(0x1D));
    }
}
