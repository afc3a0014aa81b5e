/**
 * The NVMe Basic Management Command: the SMBus block reads at command codes 0x00 (status, SMART
 * warnings, temperature, PDLU) and 0x08 (vendor ID, serial number) that drives without an MCTP
 * management endpoint answer (NVMe-MI 1.2 Appendix A; device-protocols.md §2.9). Plain SMBus, not MCTP.
 */
package org.bmcplatform.profiles.nvmemi.basic;
