package org.bmcplatform.mctp.binding.astlpc;

import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The LPC firmware window on an ASPEED BMC through {@code /dev/aspeed-lpc-ctrl} (driver
 * {@code aspeed-lpc-ctrl}), set up as libmctp's fileio mode does: ask the reserved memory's size
 * ({@code ASPEED_LPC_CTRL_IOCTL_GET_SIZE}), map it at the top of the 28-bit LPC firmware address space
 * ({@code ASPEED_LPC_CTRL_IOCTL_MAP}, address {@code 0x0FFFFFFF & -size}), mmap it and use its last 1 MiB.
 */
final class AspeedLpcWindow {
    /** {@code _IOWR(0xb2, 0x00, struct aspeed_lpc_ctrl_mapping)}: 16-byte struct. */
    static final long IOCTL_GET_SIZE = 0xC010B200L;
    /** {@code _IOW(0xb2, 0x01, struct aspeed_lpc_ctrl_mapping)}. */
    static final long IOCTL_MAP = 0x4010B201L;
    static final int WINDOW_MEMORY = 2;

    private AspeedLpcWindow() {
    }

    /** {@code struct aspeed_lpc_ctrl_mapping}: u8 window_type, u8 window_id, u16 flags, u32 addr, offset, size. */
    static byte[] mapping(int windowType, long address, long size) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
        b.put(0, (byte) windowType);
        b.put(1, (byte) 0);
        b.putShort(2, (short) 0);
        b.putInt(4, (int) address);
        b.putInt(8, 0);
        b.putInt(12, (int) size);
        return b.array();
    }

    static long mappingSize(byte[] mapping) {
        return ByteBuffer.wrap(mapping).order(ByteOrder.nativeOrder()).getInt(12) & 0xFFFF_FFFFL;
    }

    /** The host-visible LPC address hiomapd and libmctp use for a reserved region of {@code size} bytes. */
    static long lpcAddress(long size) {
        return 0x0FFF_FFFFL & -size;
    }

    /** Opens, maps and returns the last {@link LpcWindow#DEFAULT_SIZE} bytes as a window, or fails with one message. */
    static LpcWindow open(Path device) {
        String fix = "; enable CONFIG_ASPEED_LPC_CTRL and give the lpc-ctrl devicetree node a memory-region "
                + "(a no-map reserved-memory node of at least 1 MiB), and run as root or grant access with a udev rule";
        if (!Files.exists(device)) {
            throw new IllegalStateException("LPC control device " + device + " does not exist" + fix);
        }
        LinuxLibc c = LinuxLibc.get();
        int fd = c.open(device.toString(), LinuxLibc.O_RDWR | LinuxLibc.O_SYNC);
        if (fd < 0) {
            throw new IllegalStateException("cannot open " + device + ": " + c.strerror(Native.getLastError()) + fix);
        }
        try {
            byte[] map = mapping(WINDOW_MEMORY, 0, 0);
            if (c.ioctl(fd, new NativeLong(IOCTL_GET_SIZE), map) != 0) {
                throw new IllegalStateException("ASPEED_LPC_CTRL_IOCTL_GET_SIZE on " + device + " failed: "
                        + c.strerror(Native.getLastError()) + fix);
            }
            long size = mappingSize(map);
            if (size < LpcWindow.DEFAULT_SIZE) {
                throw new IllegalStateException("the reserved memory behind " + device + " is " + size
                        + " bytes; astlpc needs at least 1 MiB" + fix);
            }
            byte[] request = mapping(WINDOW_MEMORY, lpcAddress(size), size);
            if (c.ioctl(fd, new NativeLong(IOCTL_MAP), request) != 0) {
                throw new IllegalStateException("ASPEED_LPC_CTRL_IOCTL_MAP on " + device + " failed: "
                        + c.strerror(Native.getLastError()) + " (is another user, e.g. hiomapd, mapping the window elsewhere?)");
            }
            Pointer base = c.mmap(null, new NativeLong(size), LinuxLibc.PROT_READ | LinuxLibc.PROT_WRITE,
                    LinuxLibc.MAP_SHARED, fd, new NativeLong(0));
            if (Pointer.nativeValue(base) == -1L) {
                throw new IllegalStateException("mmap of " + device + " failed: " + c.strerror(Native.getLastError()));
            }
            ByteBuffer window = base.getByteBuffer(size - LpcWindow.DEFAULT_SIZE, LpcWindow.DEFAULT_SIZE);
            return LpcWindow.over(window, () -> c.munmap(base, new NativeLong(size)));
        } finally {
            c.close(fd);
        }
    }
}
