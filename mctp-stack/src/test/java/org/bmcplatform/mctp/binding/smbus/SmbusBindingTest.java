package org.bmcplatform.mctp.binding.smbus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpFailures;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.junit.jupiter.api.Test;

/** The SMBus binding's own contract beyond the conformance kit. */
class SmbusBindingTest {

    /** A backend whose write fails outright, as a driver call that cannot reach the adapter might. */
    private static final class BrokenPort implements SmbusPort {
        @Override
        public int address() {
            return 0x10;
        }

        @Override
        public void start(Consumer<Bytes> frameReceiver) {
        }

        @Override
        public CompletionStage<Void> write(Bytes frame) {
            throw new IllegalStateException("adapter gone");
        }

        @Override
        public void close() {
        }
    }

    @Test
    void backendThatThrowsOnWriteFailsTheStageWithTransmitFailed() {
        SmbusBinding binding = new SmbusBinding(new BrokenPort(), 68);
        binding.start((packet, source) -> { });

        CompletableFuture<Void> sent = binding.transmit(Bytes.fromHex("01 09 08 c8 00 80 02"), LinkAddress.smbus(0x1d))
                .toCompletableFuture();

        assertThat(MctpFailures.reason(sent)).isEqualTo(MctpException.Reason.TRANSMIT_FAILED);
    }
}
