package org.bmcplatform.mctp.kernel;

import java.io.IOException;

/**
 * A failed Linux system call: the call as written for people (e.g. {@code ioctl(I2C_SLAVE, 0x1d) on
 * /dev/i2c-3}) and the errno it set. The message reads {@code <call>: ENOTTY (Inappropriate ioctl for device)}.
 * Backends turn it into one clear message that says what to do.
 */
public class SyscallException extends IOException {
    private final String call;
    private final int errno;

    public SyscallException(String call, int errno) {
        super(call + ": " + Errno.describe(errno));
        this.call = call;
        this.errno = errno;
    }

    /** The call that failed, e.g. {@code open(/dev/i2c-3)}. */
    public String call() {
        return call;
    }

    public int errno() {
        return errno;
    }

    /** The errno named with its text, e.g. {@code ENOENT (No such file or directory)}. */
    public String describeErrno() {
        return Errno.describe(errno);
    }
}
