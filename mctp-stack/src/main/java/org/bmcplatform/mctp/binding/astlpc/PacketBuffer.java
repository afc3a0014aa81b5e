package org.bmcplatform.mctp.binding.astlpc;

import java.util.Optional;

/**
 * One packet buffer in the LPC window (reference mctp-stack.md §3.4): a u32 offset and a u32 size, as
 * the control region carries them.
 */
public record PacketBuffer(long offset, long size) {
    private static final long U32_MAX = 0xFFFF_FFFFL;

    public PacketBuffer {
        if (offset < 0 || offset > U32_MAX || size < 0 || size > U32_MAX) {
            throw new IllegalArgumentException("buffer offset and size are u32, were 0x" + Long.toHexString(offset)
                    + " and " + size);
        }
    }

    public PacketBuffer withSize(long newSize) {
        return new PacketBuffer(offset, newSize);
    }

    public long end() {
        return offset + size;
    }

    /**
     * The first layout rule this buffer breaks (libmctp mctp_astlpc_buffer_validate), or empty: the u32
     * end must not overflow, the buffer must end inside the window, hold a baseline packet for the
     * version, and start after the 256-byte control region.
     */
    public Optional<String> violation(String name, int version, long windowSize) {
        if (offset + size > U32_MAX) {
            return Optional.of(String.format("%s buffer {0x%x, %d} overflows 32 bits", name, offset, size));
        }
        if (offset + size > windowSize) {
            return Optional.of(String.format("%s buffer {0x%x, %d} exceeds the %d-byte window", name, offset, size,
                    windowSize));
        }
        long needed = AstLpcFraming.bufferSize(version, AstLpcFraming.BASELINE_PACKET);
        if (size < needed) {
            return Optional.of(String.format("%s buffer {0x%x, %d} is smaller than the %d bytes a baseline packet needs "
                    + "in version %d", name, offset, size, needed, version));
        }
        if (offset < AstLpcControlRegion.SIZE) {
            return Optional.of(String.format("%s buffer {0x%x, %d} overlaps the control region", name, offset, size));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return String.format("{0x%x, %d}", offset, size);
    }
}
