package org.bmcplatform.mctp.binding.smbus.linux;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.smbus.SmbusFraming;
import org.bmcplatform.mctp.kernel.Errno;
import org.bmcplatform.mctp.kernel.SyscallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receive loop over the slave-mqueue file, on its own thread: read queued messages until the queue
 * is empty, then wait for the driver's notification (POLLPRI) a slice at a time, until the port closes;
 * then close the file. Each message is one I2C write to our address as the driver recorded it, turned
 * into a whole DSP0237 frame (destination address byte first) for the binding. Failed reads are counted
 * and never end the loop, unless the file keeps failing.
 */
final class MqueueReader implements Runnable {
    /** The longest wait between checks for close. */
    static final int SLICE_MILLIS = 200;
    /** Larger than any frame (4 + 254 + 1 bytes) and any driver buffer, so EOVERFLOW means a driver fault. */
    static final int BUFFER_SIZE = 512;
    static final int MAX_CONSECUTIVE_FAILURES = 32;

    private static final Logger log = LoggerFactory.getLogger(MqueueReader.class);

    private final I2cSystem system;
    private final int fd;
    private final String path;
    private final int ourAddress;
    private final BooleanSupplier closed;
    private final Consumer<Bytes> frames;
    private final DropCounters drops;

    MqueueReader(I2cSystem system, int fd, String path, int ourAddress, BooleanSupplier closed, Consumer<Bytes> frames,
                 DropCounters drops) {
        this.system = system;
        this.fd = fd;
        this.path = path;
        this.ourAddress = ourAddress;
        this.closed = closed;
        this.frames = frames;
        this.drops = drops;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[BUFFER_SIZE];
        int failures = 0;
        try {
            while (!closed.getAsBoolean()) {
                try {
                    int n = system.readMessage(fd, buffer);
                    failures = 0;
                    if (n > 0) {
                        deliver(frame(buffer, n, ourAddress));
                        continue;
                    }
                } catch (SyscallException e) {
                    drops.count(e.errno() == Errno.EOVERFLOW ? DropReason.OVERSIZE : DropReason.RECEIVE_FAILED);
                    if (giveUp(e, ++failures)) {
                        return;
                    }
                }
                try {
                    system.awaitMessage(fd, SLICE_MILLIS);
                } catch (SyscallException e) {
                    drops.count(DropReason.RECEIVE_FAILED);
                    if (giveUp(e, ++failures)) {
                        return;
                    }
                }
            }
        } finally {
            system.close(fd);
        }
    }

    private boolean giveUp(SyscallException e, int failures) {
        if (e.errno() == Errno.EBADF || failures >= MAX_CONSECUTIVE_FAILURES) {
            log.error("giving up reading {}: {}", path, e.getMessage());
            return true;
        }
        log.debug("reading {} failed: {}", path, e.getMessage());
        return false;
    }

    private void deliver(Bytes frame) {
        try {
            frames.accept(frame);
        } catch (RuntimeException e) {
            drops.count(DropReason.HANDLER_FAILED);
            log.warn("the receiver failed on a frame from {}", path, e);
        }
    }

    /**
     * The frame as {@link org.bmcplatform.mctp.binding.smbus.SmbusPort} delivers it. The slave-mqueue
     * driver stores our address byte (address << 1) before the bytes written to us, since the target
     * never receives the address as data; a message that starts at the command code (0x0F) had no such
     * byte stored and gets ours in front. Anything else goes on unchanged for the framing to judge.
     */
    static Bytes frame(byte[] message, int length, int ourAddress) {
        Bytes m = Bytes.of(message, 0, length);
        if ((m.get(0)) == SmbusFraming.COMMAND_CODE) {
            return Bytes.ofUnsigned(ourAddress << 1).concat(m);
        }
        return m;
    }
}
