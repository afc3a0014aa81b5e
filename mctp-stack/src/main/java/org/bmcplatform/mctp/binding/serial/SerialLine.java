package org.bmcplatform.mctp.binding.serial;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.bmcplatform.mctp.Bytes;

/**
 * The backend port under the serial binding (STYLE.md rule 13): a full-duplex byte stream, nothing of
 * MCTP. Backends: {@link SerialPipe} in memory, {@link JSerialCommLine} on a tty device.
 */
public interface SerialLine extends AutoCloseable {

    /** What the line is, for logs and status: a device path, or a pipe end's name. */
    String name();

    /**
     * Starts delivering received bytes, in order and one call at a time, in whatever chunking the
     * medium produced (a frame may arrive split across calls or several frames in one). Called once.
     */
    void start(Consumer<Bytes> received);

    /**
     * Sends bytes. Writes go out one after another in call order and are never interleaved. The stage
     * completes when the bytes were handed to the device (or, in memory, put on the wire), and fails
     * with {@link org.bmcplatform.mctp.MctpException} BINDING_DOWN when the line is closed or the
     * device is disconnected, TRANSMIT_FAILED on an I/O error.
     */
    CompletionStage<Void> write(Bytes bytes);

    /** Whether the device is there and open, so a write can reach the wire now. */
    boolean isConnected();

    /** Idempotent. */
    @Override
    void close();
}
