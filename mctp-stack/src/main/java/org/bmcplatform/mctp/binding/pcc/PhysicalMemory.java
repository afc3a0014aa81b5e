package org.bmcplatform.mctp.binding.pcc;

import org.bmcplatform.mctp.Bytes;

/**
 * Physical address space as the PCC hardware backend sees it: shared memories and registers at the
 * addresses the PCCT names. {@link DevMem} maps them through /dev/mem; tests use a heap stand-in.
 */
interface PhysicalMemory extends AutoCloseable {

    /** Makes {@code [address, address + length)} accessible; failures carry one clear message. */
    void map(long address, long length);

    /** Reads a register of 8, 16, 32 or 64 bits (unsigned, little-endian). */
    long read(long address, int bits);

    /** Writes a register of 8, 16, 32 or 64 bits. */
    void write(long address, int bits, long value);

    Bytes readBytes(long address, int length);

    void writeBytes(long address, Bytes data);

    @Override
    void close();
}
