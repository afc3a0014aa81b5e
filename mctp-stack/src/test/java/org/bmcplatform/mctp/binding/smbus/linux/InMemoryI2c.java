package org.bmcplatform.mctp.binding.smbus.linux;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.kernel.Errno;
import org.bmcplatform.mctp.kernel.SyscallException;

/**
 * An i2c-dev node and a slave-mqueue file in memory, scripted by the test: open errors per path, the
 * adapter's functions, errno per target address on ioctl or write; writes are recorded with the target
 * address in force; queued messages (or read errors) are served one per read, 0 when empty.
 * {@link #awaitQuiet()} waits until the reader has taken everything and waits again, so tests need no sleeps.
 */
final class InMemoryI2c implements I2cSystem {
    /** One write() as the bus saw it: the address set by ioctl, then the data. */
    record Write(int address, boolean force, Bytes data) {
    }

    /** What one read of the queue file returns: a message or an errno. */
    private record Item(Bytes message, int errno) {
    }

    private final Map<String, Integer> openErrno = new HashMap<>();
    private final Map<Integer, String> open = new HashMap<>();
    private final Map<Integer, Integer> targetErrno = new HashMap<>();
    private final Map<Integer, Integer> writeErrno = new HashMap<>();
    private final List<Write> writes = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private final Deque<Item> queue = new ArrayDeque<>();
    /** What a device sends for a block read, by address << 8 | command code: count, data, PEC. */
    private final Map<Integer, Bytes> blocks = new HashMap<>();
    private long functions = FUNC_I2C | 0x0eff0008L;
    private int nextFd = 10;
    private int target = -1;
    private boolean targetForced;
    private boolean readerWaiting;
    private boolean notified;
    private int closes;

    // --- the test's controls

    synchronized InMemoryI2c failOpen(String path, int errno) {
        openErrno.put(path, errno);
        return this;
    }

    synchronized InMemoryI2c withFunctions(long bits) {
        functions = bits;
        return this;
    }

    /** The device at {@code address} answers a block read of {@code command} with {@code sent} (count, data, PEC). */
    synchronized void serveBlock(int address, int command, Bytes sent) {
        blocks.put(address << 8 | command, sent);
    }

    synchronized void failTarget(int address, int errno) {
        targetErrno.put(address, errno);
    }

    synchronized void targetSucceeds(int address) {
        targetErrno.remove(address);
    }

    synchronized void failWrites(int address, int errno) {
        writeErrno.put(address, errno);
    }

    synchronized void writesSucceed(int address) {
        writeErrno.remove(address);
    }

    /** Another master wrote to our address: the driver queues the message and notifies the file. */
    synchronized void receive(Bytes message) {
        queue.add(new Item(message, 0));
        notified = true;
        notifyAll();
    }

    /** The next read fails with the errno (and the file is notified, as the driver does for more messages). */
    synchronized void failNextRead(int errno) {
        queue.add(new Item(null, errno));
        notified = true;
        notifyAll();
    }

    synchronized List<Write> writes() {
        return List.copyOf(writes);
    }

    /** Every ioctl and write in order, e.g. {@code I2C_SLAVE 0x1d}, {@code write 3a...}. */
    synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    synchronized List<String> openPaths() {
        return List.copyOf(open.values());
    }

    synchronized void awaitQuiet() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!(queue.isEmpty() && readerWaiting)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the reader did not settle");
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    /** Waits until every descriptor is closed (the reader closes the queue after its last wait). */
    synchronized void awaitAllClosed() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!open.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("still open: " + open.values());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    // --- I2cSystem

    @Override
    public synchronized int open(String path, boolean writable) throws SyscallException {
        Integer errno = openErrno.get(path);
        if (errno != null) {
            throw new SyscallException("open(" + path + ")", errno);
        }
        int fd = nextFd++;
        open.put(fd, path);
        return fd;
    }

    @Override
    public synchronized long functions(int fd) throws SyscallException {
        check(fd);
        return functions;
    }

    @Override
    public synchronized void setTarget(int fd, int address7, boolean force) throws SyscallException {
        check(fd);
        calls.add(String.format("%s 0x%02x", force ? "I2C_SLAVE_FORCE" : "I2C_SLAVE", address7));
        Integer errno = targetErrno.get(address7);
        if (errno != null) {
            throw new SyscallException("ioctl(I2C_SLAVE)", errno);
        }
        target = address7;
        targetForced = force;
    }

    @Override
    public synchronized int write(int fd, byte[] data) throws SyscallException {
        check(fd);
        calls.add("write " + Bytes.wrap(data.clone()).toHex());
        if (target < 0) {
            throw new SyscallException("write", Errno.EINVAL);
        }
        Integer errno = writeErrno.get(target);
        if (errno != null) {
            throw new SyscallException("write", errno);
        }
        writes.add(new Write(target, targetForced, Bytes.wrap(data.clone())));
        return data.length;
    }

    @Override
    public synchronized int readMessage(int fd, byte[] buffer) throws SyscallException {
        check(fd);
        notified = false;
        Item item = queue.poll();
        notifyAll();
        if (item == null) {
            return 0;
        }
        if (item.errno() != 0) {
            throw new SyscallException("pread", item.errno());
        }
        if (item.message().length() > buffer.length) {
            throw new SyscallException("pread", Errno.EOVERFLOW);
        }
        item.message().copyTo(buffer, 0);
        return item.message().length();
    }

    @Override
    public synchronized boolean awaitMessage(int fd, int timeoutMillis) throws SyscallException {
        check(fd);
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        readerWaiting = true;
        notifyAll();
        // closing the port (its device node) ends the wait early, as the slice would, only sooner
        int closesBefore = closes;
        try {
            while (!notified && queue.isEmpty() && open.containsKey(fd) && closes == closesBefore) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            readerWaiting = false;
        }
    }

    /** Like an adapter: count byte, data, PEC when asked (0xFF if the device sends none); ENXIO when nobody answers. */
    @Override
    public synchronized byte[] blockRead(int fd, int address7, int commandCode, boolean pec) throws SyscallException {
        check(fd);
        calls.add(String.format("I2C_RDWR 0x%02x cmd 0x%02x%s", address7, commandCode, pec ? " pec" : ""));
        Bytes sent = blocks.get(address7 << 8 | commandCode);
        if (sent == null) {
            throw new SyscallException("ioctl(I2C_RDWR)", Errno.ENXIO);
        }
        if (sent.get(0) == 0 || sent.get(0) > I2cRdwrLayout.BLOCK_MAX) {
            throw new SyscallException("ioctl(I2C_RDWR)", Errno.EPROTO);
        }
        byte[] read = new byte[1 + sent.get(0) + (pec ? 1 : 0)];
        java.util.Arrays.fill(read, (byte) 0xFF);
        sent.slice(0, Math.min(read.length, sent.length())).copyTo(read, 0);
        return read;
    }

    @Override
    public synchronized void close(int fd) {
        open.remove(fd);
        closes++;
        notifyAll();
    }

    private void check(int fd) throws SyscallException {
        if (!open.containsKey(fd)) {
            throw new SyscallException("fd " + fd, Errno.EBADF);
        }
    }
}
