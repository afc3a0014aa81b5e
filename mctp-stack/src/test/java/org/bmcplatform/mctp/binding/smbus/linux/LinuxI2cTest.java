package org.bmcplatform.mctp.binding.smbus.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.binding.BindingSpec;
import org.bmcplatform.mctp.kernel.Errno;
import org.bmcplatform.mctp.kernel.SyscallException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real system calls through JNA on this machine, which has no I2C buses: the error paths a user
 * meets first, and the calls themselves on regular files.
 */
class LinuxI2cTest {
    private final LinuxI2c linux = new LinuxI2c();

    @TempDir
    Path dir;

    @Test
    void missingBusNodeFailsAtOpenSayingToLoadI2cDev() {
        assertThatThrownBy(() -> I2cDevPort.open(BindingSpec.parse("i2c:/dev/i2c-99?address=0x10")))
                .isInstanceOfSatisfying(MctpException.class, e -> assertThat(e.reason()).isEqualTo(MctpException.Reason.UNAVAILABLE))
                .hasMessage("/dev/i2c-99 not found: load i2c-dev (modprobe i2c-dev) and check the bus number");
    }

    @Test
    void i2cSlaveIoctlOnARegularFileFailsWithEnottyNamed() throws IOException {
        Path file = Files.write(dir.resolve("not-a-bus"), new byte[16]);
        int fd = linux.open(file.toString(), true);
        try {
            assertThatThrownBy(() -> linux.setTarget(fd, 0x1d, false))
                    .isInstanceOfSatisfying(SyscallException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENOTTY))
                    .hasMessage("ioctl(I2C_SLAVE, 0x1d): ENOTTY (Inappropriate ioctl for device)");
        } finally {
            linux.close(fd);
        }
    }

    @Test
    void blockReadIoctlOnARegularFileReachesTheKernelAndFailsWithEnotty() throws IOException {
        Path file = Files.write(dir.resolve("not-a-bus-either"), new byte[16]);
        int fd = linux.open(file.toString(), true);
        try {
            assertThatThrownBy(() -> linux.blockRead(fd, 0x6a, 0x00, true))
                    .isInstanceOfSatisfying(SyscallException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENOTTY))
                    .hasMessage("ioctl(I2C_RDWR, block read 0x6a command 0x00): ENOTTY (Inappropriate ioctl for device)");
        } finally {
            linux.close(fd);
        }
    }

    @Test
    void portOnANodeThatIsNotI2cDevFailsAtOpenNamingTheIoctlAndErrno() throws IOException {
        Path file = Files.write(dir.resolve("i2c-7"), new byte[16]);
        Path queue = Files.write(dir.resolve("slave-mqueue"), new byte[0]);

        assertThatThrownBy(() -> I2cDevPort.open(BindingSpec.parse("i2c:" + file + "?address=0x10&mqueue=" + queue)))
                .isInstanceOf(MctpException.class)
                .hasMessage("ioctl(I2C_FUNCS) on " + file + " failed: ENOTTY (Inappropriate ioctl for device); is it an i2c-dev node?");
    }

    @Test
    void unreadableQueueIsNamedWithItsErrno() {
        assertThatThrownBy(() -> linux.open(dir.resolve("missing").toString(), false))
                .isInstanceOfSatisfying(SyscallException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENOENT))
                .hasMessage("open(" + dir.resolve("missing") + "): ENOENT (No such file or directory)");
    }

    @Test
    void writeAndPositionalReadMoveTheBytesAndPollWithoutNotificationTimesOut() throws IOException {
        Path file = dir.resolve("queue");
        Files.write(file, new byte[0]);
        int fd = linux.open(file.toString(), true);
        try {
            assertThat(linux.write(fd, Bytes.fromHex("20 0f 05").toArray())).isEqualTo(3);
            byte[] buffer = new byte[MqueueReader.BUFFER_SIZE];

            // pread at offset 0 each time, as the slave-mqueue file is read
            assertThat(linux.readMessage(fd, buffer)).isEqualTo(3);
            assertThat(linux.readMessage(fd, buffer)).isEqualTo(3);
            assertThat(Bytes.of(buffer, 0, 3)).isEqualTo(Bytes.fromHex("20 0f 05"));
            assertThat(linux.awaitMessage(fd, 0)).isFalse();
        } finally {
            linux.close(fd);
        }
    }
}
