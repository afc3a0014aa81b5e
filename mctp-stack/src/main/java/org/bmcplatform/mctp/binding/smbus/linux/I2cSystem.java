package org.bmcplatform.mctp.binding.smbus.linux;

import org.bmcplatform.mctp.kernel.SyscallException;

/**
 * The system calls {@link I2cDevPort} makes on /dev/i2c-N and on the slave-mqueue sysfs file, behind one
 * small interface so the port's logic runs against an in-memory system in tests. {@link LinuxI2c} is the
 * real one (JNA).
 */
interface I2cSystem {
    /** I2C_FUNC_I2C: the adapter does plain I2C transfers (write() on i2c-dev needs it). */
    long FUNC_I2C = 0x00000001L;

    /** open(path, O_RDWR or O_RDONLY | O_CLOEXEC); returns the descriptor. */
    int open(String path, boolean writable) throws SyscallException;

    /** ioctl(fd, I2C_FUNCS): the adapter's functionality bits. */
    long functions(int fd) throws SyscallException;

    /** ioctl(fd, I2C_SLAVE or I2C_SLAVE_FORCE, address): the target of the following writes. */
    void setTarget(int fd, int address7, boolean force) throws SyscallException;

    /** write(fd, data): one I2C write transfer (start, address, data, stop); returns the bytes written. */
    int write(int fd, byte[] data) throws SyscallException;

    /**
     * pread(fd, buffer, length, 0) on the slave-mqueue file: the oldest queued message (consumed), 0 when
     * the queue is empty; EOVERFLOW when the message is longer than the buffer (it is dropped).
     */
    int readMessage(int fd, byte[] buffer) throws SyscallException;

    /**
     * poll(fd, POLLPRI) up to the timeout: true when the file was notified (a message arrived) since it
     * was last read, false on timeout.
     */
    boolean awaitMessage(int fd, int timeoutMillis) throws SyscallException;

    /**
     * ioctl(fd, I2C_RDWR) with an SMBus block read from {@code address7} (see {@link I2cRdwrLayout}): writes the
     * command code, then after a repeated start reads the byte count, the data and, when {@code pec}, the PEC.
     *
     * @return the bytes read: byte count first
     */
    byte[] blockRead(int fd, int address7, int commandCode, boolean pec) throws SyscallException;

    /** close(fd); never fails. */
    void close(int fd);
}
