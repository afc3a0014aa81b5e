package org.bmcplatform.mctp.binding.smbus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpFailures;
import org.bmcplatform.mctp.binding.DropReason;
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
        public CompletionStage<Bytes> blockRead(int address7, int commandCode, boolean pec) {
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

    /** A backend that keeps delivering after close, as a frame already in flight would. */
    private static final class LingeringPort implements SmbusPort {
        Consumer<Bytes> receiver;

        @Override
        public int address() {
            return 0x1D;
        }

        @Override
        public void start(Consumer<Bytes> frameReceiver) {
            receiver = frameReceiver;
        }

        @Override
        public CompletionStage<Void> write(Bytes frame) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Bytes> blockRead(int address7, int commandCode, boolean pec) {
            return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.TRANSMIT_FAILED, "nobody there"));
        }

        @Override
        public void close() {
        }
    }

    @Test
    void frameArrivingAfterCloseIsCountedAsInterfaceDown() {
        LingeringPort port = new LingeringPort();
        SmbusBinding binding = new SmbusBinding(port, 68);
        List<Bytes> delivered = new ArrayList<>();
        binding.start((packet, source) -> delivered.add(packet));
        binding.close();

        // reference §10.3 V4: Get EID from 0x10 to EID 9 at 0x1d
        port.receiver.accept(Bytes.fromHex("3a 0f 08 21 01 09 08 c8 00 80 02 30"));

        assertThat(delivered).isEmpty();
        assertThat(binding.drops().snapshot()).containsOnlyKeys(DropReason.INTERFACE_DOWN);
    }
}
