package org.bmcplatform.mctp.binding.smbus;

import java.util.concurrent.CompletionStage;
import org.bmcplatform.mctp.Bytes;

/**
 * Plain SMBus, not MCTP: the Block Read transaction (SMBus 3.x §6.5.7) with this side as bus master. On the
 * wire: START, target address + W, command code, repeated START, target address + R, then the target sends
 * the byte count, that many data bytes and, when the read uses one, the PEC; STOP. The NVMe Basic Management
 * Command is read this way (NVMe-MI 1.2 Appendix A).
 */
public interface SmbusBlockReader {
    /** The largest byte count a block read carries (SMBus 3.x §6.5.7: 1..255; SMBus 2.0 and Linux i2c-dev: 32). */
    int MAX_BLOCK = 255;

    /**
     * Reads the block at {@code commandCode} from the target at {@code address7}.
     *
     * @param pec whether the read takes the PEC byte after the data (the master reads one byte more)
     * @return what the target sent after the repeated start: byte count, data, and the PEC byte when {@code pec}
     *         (unchecked: the caller knows the block and checks it). Fails with {@link org.bmcplatform.mctp.MctpException}
     *         reason TRANSMIT_FAILED when the address or the command code is not acknowledged, BINDING_DOWN when the
     *         port is closed, INVALID_ARGUMENT for an address beyond 7 bits or a command code beyond 8 bits.
     */
    CompletionStage<Bytes> blockRead(int address7, int commandCode, boolean pec);
}
