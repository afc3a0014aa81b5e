package org.bmcplatform.mctp.binding.smbus.linux;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpException.Reason;
import org.bmcplatform.mctp.binding.BindingSpec;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.smbus.SmbusPort;
import org.bmcplatform.mctp.kernel.Errno;
import org.bmcplatform.mctp.kernel.SyscallException;

/**
 * {@link SmbusPort} on Linux: block writes through i2c-dev, receive through the kernel's I2C target
 * backend slave-mqueue. A frame is sent as one I2C write to the destination address: ioctl(I2C_SLAVE)
 * names the target (only when it changes), then write() sends command code, byte count, source, packet
 * and PEC; the controller puts the address byte on the wire. Writes run one at a time on a writer
 * thread, in order. A reader thread delivers what other masters wrote to our address
 * ({@link MqueueReader}). See the package documentation for the setup.
 */
public final class I2cDevPort implements SmbusPort {
    private final I2cDevSettings settings;
    private final I2cSystem system;
    private final Executor writer;
    private final ExecutorService ownWriter;
    private final int deviceFd;
    private final int mqueueFd;
    private final DropCounters drops = new DropCounters();
    private final Object lock = new Object();
    private volatile boolean closed;
    // guarded by lock
    private int target = -1;
    private boolean readerStarted;
    private boolean deviceOpen = true;

    private I2cDevPort(I2cDevSettings settings, I2cSystem system, Executor writer, ExecutorService ownWriter,
                       int deviceFd, int mqueueFd) {
        this.settings = settings;
        this.system = system;
        this.writer = writer;
        this.ownWriter = ownWriter;
        this.deviceFd = deviceFd;
        this.mqueueFd = mqueueFd;
    }

    /** Opens the backend a spec string names, e.g. {@code i2c:/dev/i2c-3?address=0x10}. */
    public static I2cDevPort open(BindingSpec spec) {
        return open(I2cDevSettings.parse(spec));
    }

    /**
     * Opens the device node and our target queue, and checks the controller can do I2C writes. Fails with
     * one {@link MctpException} (reason UNAVAILABLE) saying what is missing and how to fix it.
     */
    public static I2cDevPort open(I2cDevSettings settings) {
        I2cSystem linux;
        try {
            linux = new LinuxI2c();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new MctpException(Reason.UNAVAILABLE, "cannot reach the C library through JNA for " + settings.device()
                    + " (" + e.getMessage() + ")");
        }
        String name = "i2c" + (settings.bus() >= 0 ? "-" + settings.bus() : "") + "-tx";
        ExecutorService tx = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            return open(settings, linux, tx, tx);
        } catch (RuntimeException e) {
            tx.shutdown();
            throw e;
        }
    }

    /** @param writer runs the writes in order; {@code ownWriter} (may be null) is shut down on close */
    static I2cDevPort open(I2cDevSettings settings, I2cSystem system, Executor writer, ExecutorService ownWriter) {
        int device = openDevice(settings, system);
        int mqueue;
        try {
            checkFunctions(settings, system, device);
            mqueue = openQueue(settings, system);
        } catch (RuntimeException e) {
            system.close(device);
            throw e;
        }
        return new I2cDevPort(settings, system, writer, ownWriter, device, mqueue);
    }

    private static int openDevice(I2cDevSettings s, I2cSystem system) {
        try {
            return system.open(s.device(), true);
        } catch (SyscallException e) {
            if (e.errno() == Errno.ENOENT || e.errno() == Errno.ENODEV || e.errno() == Errno.ENXIO) {
                throw unavailable(s.device() + " not found: load i2c-dev (modprobe i2c-dev) and check the bus number");
            }
            if (e.errno() == Errno.EACCES || e.errno() == Errno.EPERM) {
                throw unavailable("permission denied opening " + s.device() + ": run as root or give the service user"
                        + " read-write access (e.g. a udev rule: SUBSYSTEM==\"i2c-dev\", GROUP=\"i2c\", MODE=\"0660\")");
            }
            throw unavailable("cannot open " + s.device() + ": " + e.describeErrno());
        }
    }

    private static void checkFunctions(I2cDevSettings s, I2cSystem system, int fd) {
        long functions;
        try {
            functions = system.functions(fd);
        } catch (SyscallException e) {
            throw unavailable("ioctl(I2C_FUNCS) on " + s.device() + " failed: " + e.describeErrno()
                    + "; is it an i2c-dev node?");
        }
        if ((functions & I2cSystem.FUNC_I2C) == 0) {
            throw unavailable(String.format("the controller behind %s cannot do plain I2C writes (I2C_FUNCS 0x%08x lacks"
                    + " I2C_FUNC_I2C); MCTP needs block writes of up to 259 bytes", s.device(), functions));
        }
    }

    private static int openQueue(I2cDevSettings s, I2cSystem system) {
        try {
            return system.open(s.mqueue(), false);
        } catch (SyscallException e) {
            if (e.errno() == Errno.ENOENT || e.errno() == Errno.ENODEV) {
                throw unavailable("no I2C target queue at " + s.mqueue() + ": " + s.newDeviceCommand()
                        + " (needs CONFIG_I2C_SLAVE_MQUEUE)");
            }
            if (e.errno() == Errno.EACCES || e.errno() == Errno.EPERM) {
                throw unavailable("permission denied opening " + s.mqueue() + ": run as root or make it readable by the service user");
            }
            throw unavailable("cannot open " + s.mqueue() + ": " + e.describeErrno());
        }
    }

    private static MctpException unavailable(String message) {
        return new MctpException(Reason.UNAVAILABLE, message);
    }

    @Override
    public int address() {
        return settings.address();
    }

    public I2cDevSettings settings() {
        return settings;
    }

    /** Reads dropped below the binding: OVERSIZE (a message longer than the read buffer), RECEIVE_FAILED, HANDLER_FAILED. */
    public DropCounters drops() {
        return drops;
    }

    @Override
    public void start(Consumer<Bytes> frameReceiver) {
        synchronized (lock) {
            if (readerStarted) {
                throw new IllegalStateException("port already started");
            }
            if (closed) {
                throw new IllegalStateException("port is closed");
            }
            readerStarted = true;
        }
        Thread t = new Thread(new MqueueReader(system, mqueueFd, settings.mqueue(), settings.address(), () -> closed,
                frameReceiver, drops), "i2c" + (settings.bus() >= 0 ? "-" + settings.bus() : "") + "-rx");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public CompletionStage<Void> write(Bytes frame) {
        if (frame.length() < 2 || (frame.get(0) & 1) != 0) {
            return CompletableFuture.failedFuture(new MctpException(Reason.INVALID_ARGUMENT,
                    "an SMBus frame starts with a write address byte and has data, was " + frame));
        }
        if (closed) {
            return CompletableFuture.failedFuture(closedFailure());
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            writer.execute(() -> transfer(frame, done));
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(closedFailure());
        }
        return done;
    }

    private void transfer(Bytes frame, CompletableFuture<Void> done) {
        int destination = frame.get(0) >>> 1;
        byte[] data = frame.slice(1).toArray();
        synchronized (lock) {
            if (closed || !deviceOpen) {
                done.completeExceptionally(closedFailure());
                return;
            }
            try {
                if (target != destination) {
                    target = -1;
                    system.setTarget(deviceFd, destination, settings.force());
                    target = destination;
                }
            } catch (SyscallException e) {
                done.completeExceptionally(I2cWriteFailures.target(settings, destination, e));
                return;
            }
            try {
                int n = system.write(deviceFd, data);
                if (n != data.length) {
                    done.completeExceptionally(new MctpException(Reason.TRANSMIT_FAILED, String.format(
                            "short write to 0x%02x on %s: %d of %d bytes", destination, settings.device(), n, data.length)));
                    return;
                }
            } catch (SyscallException e) {
                done.completeExceptionally(I2cWriteFailures.write(settings, destination, e));
                return;
            }
        }
        done.complete(null);
    }

    /**
     * An SMBus block read through ioctl(I2C_RDWR) (write of the command code, repeated start, read with
     * I2C_M_RECV_LEN; {@link I2cRdwrLayout}), on the writer thread in turn with the block writes. The PEC byte,
     * when asked, comes back unchecked with the data. Blocks are at most 32 bytes here (I2C_SMBUS_BLOCK_MAX).
     */
    @Override
    public CompletionStage<Bytes> blockRead(int address7, int commandCode, boolean pec) {
        if (address7 < 0 || address7 > 0x7F || commandCode < 0 || commandCode > 0xFF) {
            return CompletableFuture.failedFuture(new MctpException(Reason.INVALID_ARGUMENT, String.format(
                    "a block read needs a 7-bit address and an 8-bit command code, was 0x%x / 0x%x", address7, commandCode)));
        }
        if (closed) {
            return CompletableFuture.failedFuture(closedFailure());
        }
        CompletableFuture<Bytes> done = new CompletableFuture<>();
        try {
            writer.execute(() -> read(address7, commandCode, pec, done));
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(closedFailure());
        }
        return done;
    }

    private void read(int address7, int commandCode, boolean pec, CompletableFuture<Bytes> done) {
        byte[] read;
        synchronized (lock) {
            if (closed || !deviceOpen) {
                done.completeExceptionally(closedFailure());
                return;
            }
            try {
                read = system.blockRead(deviceFd, address7, commandCode, pec);
            } catch (SyscallException e) {
                done.completeExceptionally(I2cWriteFailures.blockRead(settings, address7, commandCode, e));
                return;
            }
        }
        done.complete(Bytes.wrap(read));
    }

    private MctpException closedFailure() {
        return new MctpException(Reason.BINDING_DOWN, settings.device() + " (I2C port at 0x"
                + Integer.toHexString(settings.address()) + ") is closed");
    }

    @Override
    public void close() {
        boolean closeQueue;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            // the reader closes the queue after its current wait; without a reader nobody else will
            closeQueue = !readerStarted;
            deviceOpen = false;
            system.close(deviceFd);
        }
        if (closeQueue) {
            system.close(mqueueFd);
        }
        if (ownWriter != null) {
            ownWriter.shutdown();
        }
    }

    @Override
    public String toString() {
        return settings.toSpec();
    }
}
