package org.bmcplatform.mctp.binding.smbus.linux;

import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpException.Reason;
import org.bmcplatform.mctp.kernel.Errno;
import org.bmcplatform.mctp.kernel.SyscallException;

/** The message for a failed block write or block read: what the errno means on an I2C bus, and what to do. */
final class I2cWriteFailures {
    private I2cWriteFailures() {
    }

    /** ioctl(I2C_SLAVE) refused the destination. */
    static MctpException target(I2cDevSettings s, int destination, SyscallException e) {
        if (e.errno() == Errno.EBUSY) {
            return new MctpException(Reason.TRANSMIT_FAILED, String.format("address 0x%02x on %s is claimed by a kernel driver"
                    + " (%s); unbind that driver (see /sys/bus/i2c/devices/%s-%04x/driver) or add force=true to the backend",
                    destination, s.device(), e.describeErrno(), s.bus() >= 0 ? Integer.toString(s.bus()) : "N", destination));
        }
        return new MctpException(Reason.TRANSMIT_FAILED, String.format("ioctl(%s, 0x%02x) on %s failed: %s",
                s.force() ? "I2C_SLAVE_FORCE" : "I2C_SLAVE", destination, s.device(), e.describeErrno()));
    }

    /** write() failed: most often nobody acknowledged the address. */
    static MctpException write(I2cDevSettings s, int destination, SyscallException e) {
        String hint;
        int errno = e.errno();
        if (errno == Errno.ENXIO || errno == Errno.EREMOTEIO) {
            hint = "; nothing acknowledged the address (device absent, unpowered or at another address)";
        } else if (errno == Errno.ETIMEDOUT) {
            hint = "; the controller timed out (bus held low or clock stretched too long)";
        } else if (errno == Errno.EAGAIN) {
            hint = "; arbitration lost to another master";
        } else if (errno == Errno.EOPNOTSUPP) {
            hint = "; the controller cannot do plain I2C writes";
        } else if (errno == Errno.EMSGSIZE || errno == Errno.EINVAL) {
            hint = "; the controller refused the length of the write";
        } else {
            hint = "";
        }
        return new MctpException(Reason.TRANSMIT_FAILED, String.format("block write to 0x%02x on %s failed: %s%s",
                destination, s.device(), e.describeErrno(), hint));
    }

    /** ioctl(I2C_RDWR) of a block read failed. */
    static MctpException blockRead(I2cDevSettings s, int address7, int commandCode, SyscallException e) {
        String hint;
        int errno = e.errno();
        if (errno == Errno.ENXIO || errno == Errno.EREMOTEIO || errno == Errno.EIO) {
            hint = "; nothing acknowledged the address or the command code (device absent, unpowered or at another address)";
        } else if (errno == Errno.ETIMEDOUT) {
            hint = "; the controller timed out (bus held low or clock stretched too long)";
        } else if (errno == Errno.EOPNOTSUPP || errno == Errno.EINVAL) {
            hint = "; the controller cannot do I2C_RDWR with I2C_M_RECV_LEN (SMBus block read)";
        } else if (errno == Errno.EPROTO) {
            hint = "; the device sent a byte count of 0 or above 32";
        } else {
            hint = "";
        }
        return new MctpException(Reason.TRANSMIT_FAILED, String.format("block read of command 0x%02x from 0x%02x on %s failed: %s%s",
                commandCode, address7, s.device(), e.describeErrno(), hint));
    }
}
