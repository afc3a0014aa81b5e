/**
 * MCTP over ACPI PCC extended subspaces (DSP0292; ACPI 6.4 §14): the 16-byte PCC header
 * ({@link org.bmcplatform.mctp.binding.pcc.PccHeader}), the binding for both ends
 * ({@link org.bmcplatform.mctp.binding.pcc.PccBinding}, roles OSPM and platform) and its subspace
 * backends behind {@link org.bmcplatform.mctp.binding.pcc.PccSubspace}.
 *
 * <h2>Backends</h2>
 * <ul>
 * <li>{@code PccMailbox.pair(scheduler, doorbellLatency)}: in memory, both ends, notifications on the
 *     scheduler after the modelled latency (tests, device-sim).</li>
 * <li>{@code pcc-file:/run/bmc/pcc0?size=4096&role=ospm|platform&poll-us=200&initiator=2&responder=3}:
 *     a memory-mapped file shared by two processes (or two stacks in one JVM) opening it with opposite
 *     roles. Each end polls the register words every {@code poll-us} microseconds on its scheduler.</li>
 * <li>{@code pcc:/sys/firmware/acpi/tables/PCCT?tx=2&rx=3&poll-us=200&mem=/dev/mem}: real hardware,
 *     OSPM's end only (see below).</li>
 * </ul>
 *
 * <h2>Channel file layout ({@code pcc-file:}, version 1, little-endian 32-bit words)</h2>
 * <pre>
 * 0x00  magic "PCCF" (50 43 43 46)           0x04  layout version, 1
 * 0x08  shared memory bytes per subspace     0x0C  initiator (type 3) subspace id
 * 0x10  responder (type 4) subspace id       0x14  OSPM attached: its process id, 0 when closed
 * 0x18  platform attached: its process id    0x1C  reserved
 * 0x20  initiator registers, 0x30 responder registers, 16 bytes each:
 *       +0x0 doorbell count      (OSPM adds 1 to ring; the platform's watcher notifies on change)
 *       +0x4 platform interrupt count (the platform adds 1 to interrupt; OSPM's watcher notifies on change)
 *       +0x8 command complete    (bit 0; both start at 1 = buffer free)
 *       +0xC error status        (bit 0; set by the platform, cleared by OSPM)
 * 0x40              initiator shared memory (size bytes): PCC header at +0, packet at +16
 * 0x40 + size       responder shared memory (size bytes)
 * </pre>
 * The first opener lays the file out under a file lock; a later opener must use the same size and
 * ids. A role already attached by a live process is refused; a dead holder's word is taken over.
 *
 * <h2>Real hardware ({@code pcc:})</h2>
 * <ul>
 * <li>Linux on an ACPI platform (arm64 servers, x86) whose firmware publishes a PCCT with a type 3
 *     and a type 4 subspace for MCTP (the ACPI device {@code DMT0001} names them in its {@code _CRS}),
 *     readable at {@code /sys/firmware/acpi/tables/PCCT} (root only).</li>
 * <li>{@code /dev/mem} (CONFIG_DEVMEM) opened as root (CAP_SYS_RAWIO), with CONFIG_STRICT_DEVMEM off or
 *     the kernel booted with {@code iomem=relaxed}, so the shared memory and the registers can be
 *     mapped; or a UIO mapping of the same region given as {@code mem=/dev/uioN} (offsets are then
 *     physical addresses within that device). Registers must be in system memory (GAS space 0); a
 *     system I/O doorbell is refused. User space gets no PCC interrupt: completion and arrival are
 *     polled every {@code poll-us}.</li>
 * <li>When the kernel's {@code mctp-pcc} driver is bound, it owns the channel (interface
 *     {@code mctppcc<rx id>}) and {@code pcc:} refuses to start; use the kernel transport (AF_MCTP)
 *     instead.</li>
 * </ul>
 */
package org.bmcplatform.mctp.binding.pcc;
