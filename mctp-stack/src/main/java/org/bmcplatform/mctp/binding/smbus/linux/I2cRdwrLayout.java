package org.bmcplatform.mctp.binding.smbus.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The memory the I2C_RDWR ioctl reads for an SMBus block read (include/uapi/linux/i2c.h, i2c-dev.h): two
 * {@code struct i2c_msg} and the {@code struct i2c_rdwr_ioctl_data} that points at them.
 *
 * <pre>
 *   struct i2c_msg { __u16 addr; __u16 flags; __u16 len; __u8 *buf; };   // buf aligned to the pointer size:
 *                                                                        // 16 bytes on LP64, 12 on ILP32
 *   struct i2c_rdwr_ioctl_data { struct i2c_msg *msgs; __u32 nmsgs; };  // 16 bytes on LP64, 8 on ILP32
 * </pre>
 *
 * <p>Message 0 writes the command code; message 1 reads with I2C_M_RD | I2C_M_RECV_LEN after a repeated start
 * (the adapter reads the byte count first and extends the read by it). i2c-dev takes such a message's initial
 * length from {@code buf[0]}: the bytes read besides the data, 1 for the byte count, 2 with the PEC; and it
 * wants {@code len >= buf[0] + I2C_SMBUS_BLOCK_MAX} (drivers/i2c/i2c-dev.c, i2cdev_ioctl_rdwr).
 */
final class I2cRdwrLayout {
    static final int I2C_RDWR = 0x0707;
    static final int I2C_M_RD = 0x0001;
    static final int I2C_M_RECV_LEN = 0x0400;
    /** The largest block an adapter reads with I2C_M_RECV_LEN (I2C_SMBUS_BLOCK_MAX). */
    static final int BLOCK_MAX = 32;

    private final int pointerSize;
    private final ByteOrder order;

    I2cRdwrLayout(int pointerSize, ByteOrder order) {
        if (pointerSize != 4 && pointerSize != 8) {
            throw new IllegalArgumentException("pointer size is 4 or 8 bytes, was " + pointerSize);
        }
        this.pointerSize = pointerSize;
        this.order = order;
    }

    /** sizeof(struct i2c_msg): three u16, padding to the pointer's alignment, the pointer. */
    int messageSize() {
        return align(6) + pointerSize;
    }

    /** sizeof(struct i2c_rdwr_ioctl_data): the pointer, the u32, tail padding to the pointer's alignment. */
    int ioctlDataSize() {
        return align(pointerSize + 4);
    }

    /** The read buffer's size: the count and PEC bytes besides the data, plus I2C_SMBUS_BLOCK_MAX. */
    static int readBufferSize(boolean pec) {
        return extraBytes(pec) + BLOCK_MAX;
    }

    /** What {@code buf[0]} of the read message holds before the ioctl: 1 (byte count), 2 with the PEC. */
    static int extraBytes(boolean pec) {
        return pec ? 2 : 1;
    }

    /**
     * The two messages of a block read from {@code address7}: write one byte at {@code commandBuffer}, then read
     * into {@code readBuffer} (of {@link #readBufferSize} bytes).
     */
    byte[] messages(int address7, long commandBuffer, long readBuffer, boolean pec) {
        ByteBuffer b = ByteBuffer.allocate(2 * messageSize()).order(order);
        message(b, 0, address7, 0, 1, commandBuffer);
        message(b, messageSize(), address7, I2C_M_RD | I2C_M_RECV_LEN, readBufferSize(pec), readBuffer);
        return b.array();
    }

    /** The ioctl argument: the address of the messages and their number. */
    byte[] ioctlData(long messages, int count) {
        ByteBuffer b = ByteBuffer.allocate(ioctlDataSize()).order(order);
        pointer(b, 0, messages);
        b.putInt(pointerSize, count);
        return b.array();
    }

    private void message(ByteBuffer b, int at, int address7, int flags, int length, long buffer) {
        b.putShort(at, (short) address7);
        b.putShort(at + 2, (short) flags);
        b.putShort(at + 4, (short) length);
        pointer(b, at + align(6), buffer);
    }

    private void pointer(ByteBuffer b, int at, long value) {
        if (pointerSize == 8) {
            b.putLong(at, value);
        } else {
            b.putInt(at, (int) value);
        }
    }

    private int align(int n) {
        return (n + pointerSize - 1) / pointerSize * pointerSize;
    }
}
