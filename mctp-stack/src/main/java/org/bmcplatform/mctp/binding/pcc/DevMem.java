package org.bmcplatform.mctp.binding.pcc;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import org.bmcplatform.mctp.Bytes;

/**
 * Physical memory through {@code /dev/mem} (JNA {@code open} + {@code mmap}, MAP_SHARED, O_SYNC so
 * the kernel maps device memory uncached). Every failure is one IllegalStateException saying what is
 * missing and how to fix it.
 */
final class DevMem implements PhysicalMemory {
    private static final int O_RDWR = 2;
    private static final int O_SYNC = 0x101000;
    private static final int PROT_READ = 1;
    private static final int PROT_WRITE = 2;
    private static final int MAP_SHARED = 1;
    private static final int ENOENT = 2;
    private static final int EPERM = 1;
    private static final int EACCES = 13;
    private static final long PAGE = 4096;

    interface LibC extends Library {
        int open(String path, int flags) throws LastErrorException;

        Pointer mmap(Pointer addr, long length, int prot, int flags, int fd, long offset) throws LastErrorException;

        int munmap(Pointer addr, long length) throws LastErrorException;

        int close(int fd) throws LastErrorException;
    }

    private record Window(long base, long length, Pointer pointer) {
        boolean contains(long address, long n) {
            return address >= base && address + n <= base + length;
        }
    }

    private final String device;
    private final LibC libc;
    private final int fd;
    private final List<Window> windows = new ArrayList<>();

    private DevMem(String device, LibC libc, int fd) {
        this.device = device;
        this.libc = libc;
        this.fd = fd;
    }

    /** Opens the device read-write; refuses with one message when it is missing or not permitted. */
    static DevMem open(String device) {
        LibC libc;
        try {
            libc = Native.load("c", LibC.class);
        } catch (UnsatisfiedLinkError e) {
            throw new IllegalStateException("cannot load the C library through JNA to open " + device
                    + "; the PCC hardware backend runs on Linux only", e);
        }
        try {
            return new DevMem(device, libc, libc.open(device, O_RDWR | O_SYNC));
        } catch (LastErrorException e) {
            int errno = e.getErrorCode();
            if (errno == ENOENT) {
                throw new IllegalStateException("no " + device + ": the kernel exposes no physical memory device (CONFIG_DEVMEM"
                        + " off, or a container without it); PCC over /dev/mem needs it, or a UIO mapping of the PCC region", e);
            }
            if (errno == EACCES || errno == EPERM) {
                throw new IllegalStateException("cannot open " + device + ": permission denied (errno " + errno + "); run as root"
                        + " (CAP_SYS_RAWIO) on a kernel with CONFIG_STRICT_DEVMEM off or booted with iomem=relaxed", e);
            }
            throw new IllegalStateException("cannot open " + device + ": errno " + errno, e);
        }
    }

    @Override
    public synchronized void map(long address, long length) {
        for (Window w : windows) {
            if (w.contains(address, length)) {
                return;
            }
        }
        long base = address & ~(PAGE - 1);
        long span = ((address + length - base) + PAGE - 1) & ~(PAGE - 1);
        try {
            Pointer p = libc.mmap(null, span, PROT_READ | PROT_WRITE, MAP_SHARED, fd, base);
            windows.add(new Window(base, span, p));
        } catch (LastErrorException e) {
            int errno = e.getErrorCode();
            String why = errno == EPERM || errno == EACCES
                    ? "the kernel refuses /dev/mem access to it (CONFIG_STRICT_DEVMEM or CONFIG_IO_STRICT_DEVMEM, or the"
                            + " region is claimed by a driver); boot with iomem=relaxed or expose the PCC region through UIO"
                    : "errno " + errno;
            throw new IllegalStateException(String.format("cannot map physical 0x%x..0x%x through %s: %s", address,
                    address + length, device, why), e);
        }
    }

    private synchronized Pointer at(long address, long n) {
        for (Window w : windows) {
            if (w.contains(address, n)) {
                return w.pointer().share(address - w.base());
            }
        }
        throw new IllegalStateException(String.format("physical 0x%x (%d bytes) is not mapped", address, n));
    }

    @Override
    public long read(long address, int bits) {
        Pointer p = at(address, bits / 8);
        return switch (bits) {
            case 8 -> p.getByte(0) & 0xFFL;
            case 16 -> p.getShort(0) & 0xFFFFL;
            case 32 -> p.getInt(0) & 0xFFFF_FFFFL;
            case 64 -> p.getLong(0);
            default -> throw new IllegalArgumentException("register width must be 8, 16, 32 or 64 bits, was " + bits);
        };
    }

    @Override
    public void write(long address, int bits, long value) {
        Pointer p = at(address, bits / 8);
        switch (bits) {
            case 8 -> p.setByte(0, (byte) value);
            case 16 -> p.setShort(0, (short) value);
            case 32 -> p.setInt(0, (int) value);
            case 64 -> p.setLong(0, value);
            default -> throw new IllegalArgumentException("register width must be 8, 16, 32 or 64 bits, was " + bits);
        }
    }

    @Override
    public Bytes readBytes(long address, int length) {
        return Bytes.wrap(at(address, length).getByteArray(0, length));
    }

    @Override
    public void writeBytes(long address, Bytes data) {
        at(address, data.length()).write(0, data.toArray(), 0, data.length());
    }

    @Override
    public synchronized void close() {
        for (Window w : windows) {
            try {
                libc.munmap(w.pointer(), w.length());
            } catch (LastErrorException e) {
                // the process keeps a stale mapping at worst; nothing else to release
            }
        }
        windows.clear();
        try {
            libc.close(fd);
        } catch (LastErrorException e) {
            // already closed
        }
    }
}
