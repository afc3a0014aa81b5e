package org.bmcplatform.mctp.binding.smbus.linux;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.NativeLongByReference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.bmcplatform.mctp.kernel.Errno;
import org.bmcplatform.mctp.kernel.SyscallException;

/**
 * The i2c-dev and sysfs calls through JNA (libc). ioctl numbers from include/uapi/linux/i2c-dev.h;
 * open flags and poll bits of the generic Linux ABI.
 */
final class LinuxI2c implements I2cSystem {
    static final int I2C_SLAVE = 0x0703;
    static final int I2C_FUNCS = 0x0705;
    static final int I2C_SLAVE_FORCE = 0x0706;
    static final int O_RDONLY = 0;
    static final int O_RDWR = 2;
    static final int O_CLOEXEC = 0x80000;
    static final short POLLPRI = 0x02;
    static final short POLLERR = 0x08;
    static final short POLLNVAL = 0x20;

    private final Libc libc;

    LinuxI2c() {
        this.libc = Native.load("c", Libc.class);
    }

    @Override
    public int open(String path, boolean writable) throws SyscallException {
        int fd = libc.open(path, (writable ? O_RDWR : O_RDONLY) | O_CLOEXEC);
        if (fd < 0) {
            throw new SyscallException("open(" + path + ")", Native.getLastError());
        }
        return fd;
    }

    @Override
    public long functions(int fd) throws SyscallException {
        NativeLongByReference funcs = new NativeLongByReference();
        if (libc.ioctl(fd, new NativeLong(I2C_FUNCS), funcs) != 0) {
            throw new SyscallException("ioctl(I2C_FUNCS)", Native.getLastError());
        }
        return funcs.getValue().longValue();
    }

    @Override
    public void setTarget(int fd, int address7, boolean force) throws SyscallException {
        if (libc.ioctl(fd, new NativeLong(force ? I2C_SLAVE_FORCE : I2C_SLAVE), new NativeLong(address7)) != 0) {
            throw new SyscallException(String.format("ioctl(%s, 0x%02x)", force ? "I2C_SLAVE_FORCE" : "I2C_SLAVE", address7),
                    Native.getLastError());
        }
    }

    @Override
    public int write(int fd, byte[] data) throws SyscallException {
        long n = libc.write(fd, data, new NativeLong(data.length)).longValue();
        if (n < 0) {
            throw new SyscallException("write(" + data.length + " bytes)", Native.getLastError());
        }
        return (int) n;
    }

    @Override
    public int readMessage(int fd, byte[] buffer) throws SyscallException {
        long n = libc.pread(fd, buffer, new NativeLong(buffer.length), new NativeLong(0)).longValue();
        if (n < 0) {
            throw new SyscallException("pread(slave-mqueue)", Native.getLastError());
        }
        return (int) n;
    }

    @Override
    public boolean awaitMessage(int fd, int timeoutMillis) throws SyscallException {
        ByteBuffer pollfd = ByteBuffer.allocate(8).order(ByteOrder.nativeOrder());
        pollfd.putInt(fd).putShort(POLLPRI).putShort((short) 0);
        byte[] fds = pollfd.array();
        int ready = libc.poll(fds, new NativeLong(1), timeoutMillis);
        if (ready < 0) {
            int errno = Native.getLastError();
            if (errno == Errno.EINTR) {
                return false;
            }
            throw new SyscallException("poll(slave-mqueue)", errno);
        }
        short revents = ByteBuffer.wrap(fds).order(ByteOrder.nativeOrder()).getShort(6);
        if ((revents & POLLNVAL) != 0) {
            throw new SyscallException("poll(slave-mqueue)", Errno.EBADF);
        }
        // sysfs_notify/kernfs_notify report POLLPRI | POLLERR until the file is read again
        return (revents & (POLLPRI | POLLERR)) != 0;
    }

    @Override
    public byte[] blockRead(int fd, int address7, int commandCode, boolean pec) throws SyscallException {
        I2cRdwrLayout layout = new I2cRdwrLayout(Native.POINTER_SIZE, ByteOrder.nativeOrder());
        Memory command = new Memory(1);
        command.setByte(0, (byte) commandCode);
        Memory read = new Memory(I2cRdwrLayout.readBufferSize(pec));
        read.clear();
        read.setByte(0, (byte) I2cRdwrLayout.extraBytes(pec));
        byte[] messageBytes = layout.messages(address7, Pointer.nativeValue(command), Pointer.nativeValue(read), pec);
        Memory messages = new Memory(messageBytes.length);
        messages.write(0, messageBytes, 0, messageBytes.length);
        byte[] dataBytes = layout.ioctlData(Pointer.nativeValue(messages), 2);
        Memory data = new Memory(dataBytes.length);
        data.write(0, dataBytes, 0, dataBytes.length);
        if (libc.ioctl(fd, new NativeLong(I2cRdwrLayout.I2C_RDWR), data) < 0) {
            throw new SyscallException(String.format("ioctl(I2C_RDWR, block read 0x%02x command 0x%02x)", address7, commandCode),
                    Native.getLastError());
        }
        // the kernel reads the messages and the command byte through their addresses: keep them alive until here
        java.lang.ref.Reference.reachabilityFence(messages);
        java.lang.ref.Reference.reachabilityFence(command);
        int count = read.getByte(0) & 0xFF;
        int length = Math.min(1 + count + (pec ? 1 : 0), (int) read.size());
        return read.getByteArray(0, length);
    }

    @Override
    public void close(int fd) {
        libc.close(fd);
    }

    /** The libc functions used here; off_t is a C long on both 32- and 64-bit Linux (no _FILE_OFFSET_BITS). */
    interface Libc extends Library {
        int open(String path, int flags);

        int ioctl(int fd, NativeLong request, NativeLong arg);

        int ioctl(int fd, NativeLong request, NativeLongByReference arg);

        int ioctl(int fd, NativeLong request, Pointer arg);

        NativeLong write(int fd, byte[] buf, NativeLong count);

        NativeLong pread(int fd, byte[] buf, NativeLong count, NativeLong offset);

        int poll(byte[] fds, NativeLong nfds, int timeout);

        int close(int fd);
    }
}
