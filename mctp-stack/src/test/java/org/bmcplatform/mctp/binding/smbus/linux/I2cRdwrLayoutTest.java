package org.bmcplatform.mctp.binding.smbus.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteOrder;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

/**
 * The I2C_RDWR memory of a block read, byte for byte, laid out by hand from include/uapi/linux/i2c.h:
 * {@code struct i2c_msg {u16 addr; u16 flags; u16 len; u8 *buf;}} and
 * {@code struct i2c_rdwr_ioctl_data {struct i2c_msg *msgs; u32 nmsgs;}}.
 */
class I2cRdwrLayoutTest {

    @Test
    void lp64LittleEndianMessagesAre16BytesWithTheBufferPointerAtOffset8() {
        I2cRdwrLayout layout = new I2cRdwrLayout(8, ByteOrder.LITTLE_ENDIAN);

        byte[] messages = layout.messages(0x6a, 0x1122334455667788L, 0x0102030405060708L, false);

        assertThat(layout.messageSize()).isEqualTo(16);
        // msg 0: addr 0x006a, flags 0 (write), len 1, 2 bytes padding, buf
        // msg 1: addr 0x006a, flags 0x0401 (I2C_M_RD | I2C_M_RECV_LEN), len 33 (1 + I2C_SMBUS_BLOCK_MAX), padding, buf
        assertThat(Bytes.wrap(messages).toHex()).isEqualTo(Bytes.fromHex(
                "6a 00 00 00 01 00 00 00 88 77 66 55 44 33 22 11"
                + "6a 00 01 04 21 00 00 00 08 07 06 05 04 03 02 01").toHex());
    }

    @Test
    void withPecTheReadBufferHasRoomForTheCountTheDataAndThePec() {
        I2cRdwrLayout layout = new I2cRdwrLayout(8, ByteOrder.LITTLE_ENDIAN);

        byte[] messages = layout.messages(0x6a, 0, 0, true);

        assertThat(messages[16 + 4]).isEqualTo((byte) 34); // 2 + 32
        assertThat(I2cRdwrLayout.extraBytes(true)).isEqualTo(2);
        assertThat(I2cRdwrLayout.extraBytes(false)).isEqualTo(1);
    }

    @Test
    void lp64IoctlDataIsThePointerThenTheCountPaddedTo16() {
        I2cRdwrLayout layout = new I2cRdwrLayout(8, ByteOrder.LITTLE_ENDIAN);

        assertThat(Bytes.wrap(layout.ioctlData(0x00007f0012345678L, 2)).toHex())
                .isEqualTo(Bytes.fromHex("78 56 34 12 00 7f 00 00 02 00 00 00 00 00 00 00").toHex());
    }

    @Test
    void ilp32MessagesAre12BytesAndIoctlData8() {
        I2cRdwrLayout layout = new I2cRdwrLayout(4, ByteOrder.LITTLE_ENDIAN);

        byte[] messages = layout.messages(0x6a, 0x11223344L, 0x55667788L, false);

        assertThat(layout.messageSize()).isEqualTo(12);
        assertThat(Bytes.wrap(messages).toHex()).isEqualTo(Bytes.fromHex(
                "6a 00 00 00 01 00 00 00 44 33 22 11"
                + "6a 00 01 04 21 00 00 00 88 77 66 55").toHex());
        assertThat(Bytes.wrap(layout.ioctlData(0x0badcafeL, 2)).toHex()).isEqualTo(Bytes.fromHex("fe ca ad 0b 02 00 00 00").toHex());
    }

    @Test
    void bigEndianWritesTheFieldsMostSignificantByteFirst() {
        I2cRdwrLayout layout = new I2cRdwrLayout(8, ByteOrder.BIG_ENDIAN);

        byte[] messages = layout.messages(0x6a, 1, 2, false);

        assertThat(Bytes.wrap(messages).slice(16, 32).toHex()).isEqualTo(Bytes.fromHex(
                "00 6a 04 01 00 21 00 00 00 00 00 00 00 00 00 02").toHex());
    }
}
