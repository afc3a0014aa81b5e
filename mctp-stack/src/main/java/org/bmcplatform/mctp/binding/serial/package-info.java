/**
 * MCTP over serial links (DSP0253 §5-§7; reference mctp-stack.md §3.2, §12 item 1): HDLC-like framing
 * with byte stuffing and FCS-16 ({@link org.bmcplatform.mctp.binding.serial.SerialFraming},
 * {@link org.bmcplatform.mctp.binding.serial.SerialReceiver}, {@link org.bmcplatform.mctp.binding.serial.SerialFcs}),
 * the binding ({@link org.bmcplatform.mctp.binding.serial.SerialBinding}) over a byte-stream port
 * ({@link org.bmcplatform.mctp.binding.serial.SerialLine}), an in-memory cable with UART wire time
 * ({@link org.bmcplatform.mctp.binding.serial.SerialPipe}) and the tty backend
 * ({@link org.bmcplatform.mctp.binding.serial.JSerialCommLine}).
 *
 * <h2>Real hardware</h2>
 * <ul>
 * <li><b>Device node.</b> A board UART is {@code /dev/ttyS<n>} (on an ASPEED BMC, {@code /dev/ttyS1..4}
 *     as wired by the device tree); a USB adapter is {@code /dev/ttyUSB<n>} ({@code ftdi_sio},
 *     {@code cp210x}, {@code pl2303}) or {@code /dev/ttyACM<n>} ({@code cdc_acm}). Prefer the stable
 *     names under {@code /dev/serial/by-id/}, which survive re-plugging; a symlink is followed afresh on
 *     every reconnect. A pseudo-terminal ({@code /dev/pts/<n>}, e.g. from
 *     {@code socat -d -d pty,raw,echo=0,link=/tmp/mctp-a pty,raw,echo=0,link=/tmp/mctp-b}) works for tests.</li>
 * <li><b>Permissions.</b> tty devices belong to group {@code dialout} (mode 0660): add the service user
 *     ({@code sudo usermod -aG dialout USER}, then log in again) or write a udev rule. Nothing else may
 *     hold the port: disable a getty on it ({@code systemctl disable --now serial-getty@ttyS1}) and keep
 *     ModemManager off USB adapters.</li>
 * <li><b>Line settings.</b> Both ends must agree; DSP0253 does not negotiate them. The spec string is
 *     {@code serial:/dev/ttyUSB0?baud=115200&data-bits=8&parity=none&stop-bits=1&flow=none&reconnect-ms=1000}
 *     (these are the defaults). Use 8 data bits (frames are binary) and no XON/XOFF (DSP0253 does not
 *     escape 0x11/0x13). The MTU is the binding's: 68 (baseline, what Linux and libmctp use) up to 255.</li>
 * <li><b>Missing or lost device.</b> The line does not fail: it logs once what is missing and how to fix
 *     it ("serial device /dev/ttyUSB9 not found: ..."), reports the link down
 *     ({@link org.bmcplatform.mctp.binding.Binding#isLinkUp()} false, writes fail BINDING_DOWN) and opens
 *     the device again every {@code reconnect-ms} until it is there, since a debug cable may be plugged in later.</li>
 * <li><b>FCS.</b> The default is the de-facto FCS of Linux (since v6.2) and libmctp; an older kernel or a
 *     strictly RFC 1662 peer needs {@link org.bmcplatform.mctp.binding.serial.SerialFcs}.</li>
 * </ul>
 */
package org.bmcplatform.mctp.binding.serial;
