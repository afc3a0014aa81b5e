/**
 * The SMBus/I2C binding's Linux backend (DSP0237 over /dev/i2c-N and the I2C target backend slave-mqueue):
 * {@link org.bmcplatform.mctp.binding.smbus.linux.I2cDevPort}, named by
 * {@code i2c:/dev/i2c-3?address=0x10[&mqueue=/sys/bus/i2c/devices/3-1010/slave-mqueue][&force=true]}.
 *
 * <h2>Setup</h2>
 * <ul>
 *   <li>Sending: the i2c-dev driver ({@code modprobe i2c-dev}, or {@code CONFIG_I2C_CHARDEV=y}) gives
 *       {@code /dev/i2c-N}; {@code i2cdetect -l} lists the buses. The controller must do plain I2C writes of
 *       up to 259 bytes (I2C_FUNC_I2C); SMBus-only controllers (32-byte blocks) cannot carry MCTP.</li>
 *   <li>Receiving: every MCTP packet is a write from the sender acting as master, so we must be an I2C target
 *       at our own address. That needs a controller with target mode ({@code CONFIG_I2C_SLAVE}, e.g. the
 *       ASPEED and NPCM BMC controllers) and OpenBMC's slave-mqueue backend ({@code CONFIG_I2C_SLAVE_MQUEUE}),
 *       instantiated at our address with the target flag 0x1000:
 *       {@code echo slave-mqueue 0x1010 > /sys/bus/i2c/devices/i2c-3/new_device} (or a device-tree node with
 *       {@code compatible = "slave-mqueue"; reg = <(0x10 | I2C_OWN_SLAVE_ADDRESS)>;}). Its file
 *       {@code /sys/bus/i2c/devices/3-1010/slave-mqueue} returns one received write per read (our address
 *       byte first, then command code, byte count, source, packet, PEC) and notifies pollers (POLLPRI).</li>
 *   <li>Size: the driver's message buffer ({@code CONFIG_I2C_SLAVE_MQUEUE_MESSAGE_SIZE}, 120 by default)
 *       must hold MTU + 5 bytes, so keep the binding's MTU at or under 115 with the default (the baseline
 *       68 fits) or raise the option for MTU 254; longer writes are dropped by the driver. It keeps
 *       {@code CONFIG_I2C_SLAVE_MQUEUE_QUEUE_SIZE} messages (32) and drops the oldest beyond that.</li>
 *   <li>Permissions: read-write on {@code /dev/i2c-N} (root, or a udev rule giving a group access) and read on
 *       the slave-mqueue file (root by default).</li>
 *   <li>Do not run the kernel's own MCTP I2C driver (mctp-i2c) on the same bus and address: it would take
 *       the target address. If a kernel driver claims a peer's address for its own use, writes fail with
 *       EBUSY; {@code force=true} writes anyway (I2C_SLAVE_FORCE).</li>
 *   <li>Block reads ({@link org.bmcplatform.mctp.binding.smbus.SmbusBlockReader}, e.g. the NVMe Basic Management
 *       Command at 0x6a): one ioctl(I2C_RDWR) with the command write and an I2C_M_RD | I2C_M_RECV_LEN read after
 *       a repeated start ({@code I2cRdwrLayout}); the controller driver must support I2C_M_RECV_LEN (ASPEED and
 *       NPCM do), and blocks are at most 32 bytes (I2C_SMBUS_BLOCK_MAX). The PEC byte comes back with the data,
 *       checked by the caller; a NACK is TRANSMIT_FAILED with the errno (ENXIO, EREMOTEIO, EIO).</li>
 * </ul>
 * Every failure to start is one {@link org.bmcplatform.mctp.MctpException} (reason UNAVAILABLE) naming the
 * missing piece and the fix; failed writes are TRANSMIT_FAILED with the errno named.
 */
package org.bmcplatform.mctp.binding.smbus.linux;
