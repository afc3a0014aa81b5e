/**
 * The OpenBMC "astlpc" binding (MCTP over KCS + the LPC firmware window, protocol versions 1-3; libmctp
 * astlpc.c, docs/bindings/vendor-ibm-astlpc.md; reference mctp-stack.md §3.4): control region, buffer
 * framing with the v3 CRC-32, the binding for both roles and its backends.
 *
 * <h2>Backends</h2>
 * <ul>
 * <li>In memory: {@link org.bmcplatform.mctp.binding.astlpc.KcsPair} (emulated KCS registers delivering
 * notifications on a scheduler, optional per-access latency) and {@link org.bmcplatform.mctp.binding.astlpc.LpcWindow#inMemory()}.</li>
 * <li>{@code astlpc-file:/run/bmc/lpc.bin?role=bmc|host&poll-us=200&size=1048576}: two processes (or two stacks)
 * share one file. Bytes {@code [0, size)} are the LPC window; the 4 KiB page after it holds the KCS
 * registers as big-endian 32-bit cells: {@code +0} ODR (BMC to host data), {@code +4} IDR (host to BMC
 * data), {@code +8} STR software bits (written by the BMC only), {@code +12} OBF flag, {@code +16} IBF flag.
 * Each side polls the flags every {@code poll-us} microseconds on the scheduler. The file is created
 * (and extended) by whichever side opens it first.</li>
 * <li>{@code astlpc:/dev/raw-kcs3?lpc=/dev/aspeed-lpc-ctrl} (BMC role, Linux on an ASPEED BMC): see below.</li>
 * </ul>
 *
 * <h2>Real hardware (ASPEED AST2400/2500/2600 BMC)</h2>
 * <ul>
 * <li>KCS: the kernel's raw KCS client, {@code CONFIG_IPMI_KCS_BMC_CDEV_RAW} ({@code kcs_bmc_cdev_raw},
 * Linux 5.13+) over {@code CONFIG_IPMI_KCS_BMC_ASPEED}. Its devicetree node is the channel used by the host
 * firmware for MCTP, e.g. {@code &kcs3 { status = "okay"; aspeed,lpc-io-reg = <0xca2>; };} (channel 3 at
 * I/O 0xCA2), and the raw client must be the one bound to it ({@code kcs_bmc_cdev_raw} loaded instead of
 * {@code kcs_bmc_cdev_ipmi} for that channel). The node is {@code /dev/raw-kcsN} (N = channel).
 * Offset 0 of the device is the data register (read: IDR, blocks until IBF; write: ODR), offset 1 is STR;
 * {@code poll()} reports POLLIN for IBF and POLLOUT while OBF is clear.</li>
 * <li>LPC window: {@code CONFIG_ASPEED_LPC_CTRL} ({@code aspeed-lpc-ctrl}) with a {@code memory-region}
 * (a reserved-memory node of at least 1 MiB, {@code no-map}) in its devicetree node; it creates
 * {@code /dev/aspeed-lpc-ctrl}. The backend asks its size ({@code ASPEED_LPC_CTRL_IOCTL_GET_SIZE}), maps
 * the reserved memory at the top of the 28-bit LPC firmware address space ({@code ASPEED_LPC_CTRL_IOCTL_MAP},
 * address {@code 0x0FFFFFFF & -size}, as hiomapd does) and uses the last 1 MiB of the mapping.</li>
 * <li>Permissions: both nodes are root-only by default; run as root or add a udev rule giving the
 * service's group read/write access. The JVM needs {@code --enable-native-access=ALL-UNNAMED}.</li>
 * <li>The host side runs the host role of this protocol in its firmware or OS (e.g. hostboot, or the
 * Linux {@code mctp-astlpc} driver); the host role here serves tests, simulators and the file backend.</li>
 * </ul>
 */
package org.bmcplatform.mctp.binding.astlpc;
