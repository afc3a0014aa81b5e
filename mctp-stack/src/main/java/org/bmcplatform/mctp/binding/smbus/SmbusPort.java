package org.bmcplatform.mctp.binding.smbus;

import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.bmcplatform.mctp.Bytes;

/**
 * The backend port under the SMBus/I2C binding (STYLE.md rule 13): the I/O, nothing of MCTP.
 * Every MCTP transfer is an SMBus block write from the sender, acting as bus master, to the
 * receiver's target address (DSP0237 §6). Backends: the virtual segment of device-sim, and Linux
 * /dev/i2c-N with the kernel's I2C target interface. As bus master the port also does plain SMBus block
 * reads ({@link SmbusBlockReader}), e.g. of a drive's NVMe Basic Management Command.
 */
public interface SmbusPort extends SmbusBlockReader, AutoCloseable {

    /** Our own 7-bit target address on this segment. */
    int address();

    /**
     * Starts delivering frames written to our address: the whole frame as the PEC covers it,
     * i.e. destination address byte (ours, shifted, W=0), command code, byte count, source address,
     * packet, PEC. Backends whose hardware does not see the first byte synthesise it.
     */
    void start(Consumer<Bytes> frameReceiver);

    /**
     * Performs a block write of a complete frame (first byte = destination address << 1). Completes
     * when the transfer is done; fails with {@link org.bmcplatform.mctp.MctpException} reason
     * TRANSMIT_FAILED when nobody acknowledged the address, BINDING_DOWN when the port is closed.
     */
    CompletionStage<Void> write(Bytes frame);

    /** Idempotent. */
    @Override
    void close();
}
