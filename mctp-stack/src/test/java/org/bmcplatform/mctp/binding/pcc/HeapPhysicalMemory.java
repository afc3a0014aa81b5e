package org.bmcplatform.mctp.binding.pcc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.bmcplatform.mctp.Bytes;

/**
 * A window of "physical" memory on the heap for the hardware backend's tests: the test plays the
 * platform by reading and writing the same addresses. Accesses outside the window, or to ranges
 * nobody mapped, fail as an unmapped /dev/mem access would.
 */
final class HeapPhysicalMemory implements PhysicalMemory {
    private final long base;
    private final ByteBuffer memory;
    private final java.util.List<long[]> mapped = new java.util.ArrayList<>();
    boolean closed;

    HeapPhysicalMemory(long base, int size) {
        this.base = base;
        this.memory = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Override
    public void map(long address, long length) {
        if (address < base || address + length > base + memory.capacity()) {
            throw new IllegalStateException(String.format("0x%x is outside the test window", address));
        }
        mapped.add(new long[] {address, length});
    }

    private int index(long address, int n) {
        for (long[] m : mapped) {
            if (address >= m[0] && address + n <= m[0] + m[1]) {
                return (int) (address - base);
            }
        }
        throw new IllegalStateException(String.format("physical 0x%x (%d bytes) is not mapped", address, n));
    }

    @Override
    public long read(long address, int bits) {
        int i = index(address, bits / 8);
        return switch (bits) {
            case 8 -> memory.get(i) & 0xFFL;
            case 16 -> memory.getShort(i) & 0xFFFFL;
            case 32 -> memory.getInt(i) & 0xFFFF_FFFFL;
            default -> memory.getLong(i);
        };
    }

    @Override
    public void write(long address, int bits, long value) {
        int i = index(address, bits / 8);
        switch (bits) {
            case 8 -> memory.put(i, (byte) value);
            case 16 -> memory.putShort(i, (short) value);
            case 32 -> memory.putInt(i, (int) value);
            default -> memory.putLong(i, value);
        }
    }

    @Override
    public Bytes readBytes(long address, int length) {
        int i = index(address, length);
        byte[] b = new byte[length];
        memory.get(i, b);
        return Bytes.wrap(b);
    }

    @Override
    public void writeBytes(long address, Bytes data) {
        memory.put(index(address, data.length()), data.toArray());
    }

    /** The test's own access as the platform: no mapping needed. */
    int platformReadInt(long address) {
        return memory.getInt((int) (address - base));
    }

    void platformWriteInt(long address, int value) {
        memory.putInt((int) (address - base), value);
    }

    Bytes platformRead(long address, int length) {
        byte[] b = new byte[length];
        memory.get((int) (address - base), b);
        return Bytes.wrap(b);
    }

    void platformWrite(long address, Bytes data) {
        memory.put((int) (address - base), data.toArray());
    }

    @Override
    public void close() {
        closed = true;
    }
}
