package org.bmcplatform.mctp.binding.smbus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpFailures;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/**
 * A block read through the port under an MCTP binding (SmbusBinding.port()), on the in-memory segment: the same
 * port that carries the binding's frames reads a plain SMBus device's block (SMBus 3.x §6.5.7).
 */
class SmbusBlockReadTest {
    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final InMemorySmbusSegment segment = new InMemorySmbusSegment(scheduler);
    private final SmbusBinding platform = new SmbusBinding(segment.attach(0x10), SmbusBinding.MIN_MTU);

    @Test
    void theBindingsPortReadsTheCountTheDataAndThePecTheDeviceSends() {
        segment.attach(0x6a);
        // NVMe Basic Management status block: count 6, six data bytes, PEC (device-profiles vectors, status-42c-pec)
        segment.serveBlockReads(0x6a, command -> command == 0 ? Optional.of(Bytes.fromHex("06 38 ff 2a 03 00 00 04")) : Optional.empty());

        Bytes withPec = platform.port().blockRead(0x6a, 0x00, true).toCompletableFuture().join();
        Bytes withoutPec = platform.port().blockRead(0x6a, 0x00, false).toCompletableFuture().join();

        assertThat(withPec).isEqualTo(Bytes.fromHex("06 38 ff 2a 03 00 00 04"));
        assertThat(withoutPec).isEqualTo(Bytes.fromHex("06 38 ff 2a 03 00 00"));
    }

    @Test
    void aRefusedCommandCodeAndAnEmptyAddressAreNotAcknowledged() {
        segment.attach(0x6a);
        segment.serveBlockReads(0x6a, command -> Optional.empty());

        CompletableFuture<Bytes> refused = platform.port().blockRead(0x6a, 0x08, true).toCompletableFuture();
        CompletableFuture<Bytes> nobody = platform.port().blockRead(0x6b, 0x00, true).toCompletableFuture();

        assertThat(MctpFailures.reason(refused)).isEqualTo(MctpException.Reason.TRANSMIT_FAILED);
        assertThat(MctpFailures.reason(nobody)).isEqualTo(MctpException.Reason.TRANSMIT_FAILED);
    }
}
