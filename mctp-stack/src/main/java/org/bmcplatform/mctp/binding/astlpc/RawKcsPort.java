package org.bmcplatform.mctp.binding.astlpc;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The BMC's KCS port on Linux: the raw KCS character device ({@code /dev/raw-kcsN}, driver
 * {@code kcs_bmc_cdev_raw}). Offset 0 is the data register (pread: IDR, waits for IBF; pwrite: ODR, waits
 * for OBF to clear), offset 1 is STR (pread reports IBF while a received byte is pending; pwrite sets it).
 * A watcher thread polls the device (POLLIN for IBF; POLLOUT while OBF is clear, asked for only when a
 * hand-off waits) and runs the listener.
 */
final class RawKcsPort implements KcsPort {
    private static final Logger log = LoggerFactory.getLogger(RawKcsPort.class);
    private static final int POLL_TIMEOUT_MS = 100;

    private final Path path;
    private final int fd;
    private volatile boolean closed;
    private volatile boolean wantWritable;
    private Thread watcher;

    private RawKcsPort(Path path, int fd) {
        this.path = path;
        this.fd = fd;
    }

    /** Opens the device, or fails with one message saying what is missing and how to provide it. */
    static RawKcsPort open(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalStateException("KCS device " + path + " does not exist: enable the KCS channel in the devicetree "
                    + "(e.g. &kcs3 { status = \"okay\"; aspeed,lpc-io-reg = <0xca2>; }) and bind the raw client "
                    + "(CONFIG_IPMI_KCS_BMC_CDEV_RAW, module kcs_bmc_cdev_raw) to it instead of kcs_bmc_cdev_ipmi");
        }
        int fd = LinuxLibc.get().open(path.toString(), LinuxLibc.O_RDWR);
        if (fd < 0) {
            int errno = Native.getLastError();
            throw new IllegalStateException("cannot open KCS device " + path + ": " + LinuxLibc.get().strerror(errno)
                    + " (errno " + errno + "); run as root or grant the service read/write access with a udev rule");
        }
        return new RawKcsPort(path, fd);
    }

    @Override
    public AstLpcRole side() {
        return AstLpcRole.BMC;
    }

    private int read(long register) {
        byte[] b = new byte[1];
        long n = LinuxLibc.get().pread64(fd, b, new NativeLong(1), register).longValue();
        if (n != 1) {
            throw new IllegalStateException("reading KCS register " + register + " of " + path + " failed: errno " + Native.getLastError());
        }
        return b[0] & 0xFF;
    }

    private void write(long register, int value) {
        long n = LinuxLibc.get().pwrite64(fd, new byte[] {(byte) value}, new NativeLong(1), register).longValue();
        if (n != 1) {
            throw new IllegalStateException("writing KCS register " + register + " of " + path + " failed: errno " + Native.getLastError());
        }
    }

    @Override
    public int readStatus() {
        return read(1);
    }

    @Override
    public int readData() {
        return read(0);
    }

    @Override
    public void writeData(int value) {
        write(0, value & 0xFF);
    }

    @Override
    public void writeStatus(int value) {
        write(1, value & 0xFF);
    }

    @Override
    public void notifyWhenWritable() {
        wantWritable = true;
    }

    @Override
    public synchronized void start(Runnable listener) {
        if (watcher != null) {
            throw new IllegalStateException("KCS port already started");
        }
        watcher = new Thread(() -> watch(listener), "astlpc-kcs-" + path.getFileName());
        watcher.setDaemon(true);
        watcher.start();
    }

    private void watch(Runnable listener) {
        Memory pollfd = new Memory(8);
        while (!closed) {
            short events = (short) (LinuxLibc.POLLIN | (wantWritable ? LinuxLibc.POLLOUT : 0));
            pollfd.setInt(0, fd);
            pollfd.setShort(4, events);
            pollfd.setShort(6, (short) 0);
            int n = LinuxLibc.get().poll(pollfd, new NativeLong(1), POLL_TIMEOUT_MS);
            if (closed) {
                return;
            }
            if (n < 0) {
                int errno = Native.getLastError();
                if (errno != LinuxLibc.EINTR) {
                    log.error("astlpc: poll on {} failed (errno {}); KCS notifications stop", path, errno);
                    return;
                }
                continue;
            }
            short revents = pollfd.getShort(6);
            if (n > 0 && revents != 0) {
                if ((revents & LinuxLibc.POLLOUT) != 0) {
                    wantWritable = false;
                }
                listener.run();
            }
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            LinuxLibc.get().close(fd);
        }
    }

    @Override
    public String toString() {
        return "raw-kcs:" + path;
    }
}
