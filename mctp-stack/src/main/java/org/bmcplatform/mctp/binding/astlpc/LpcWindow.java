package org.bmcplatform.mctp.binding.astlpc;

import java.nio.ByteBuffer;
import org.bmcplatform.mctp.Bytes;

/**
 * The backend port for the shared LPC firmware window (reference mctp-stack.md §3.4): a block of memory
 * both the BMC and the host read and write, 1 MiB for the astlpc protocol. Every access is
 * bounds-checked; an access outside the window throws {@link IndexOutOfBoundsException} naming the
 * offset and length. Multi-byte fields of the protocol are big-endian.
 */
public interface LpcWindow extends AutoCloseable {
    /** The protocol's window size ({@code LPC_WIN_SIZE}). */
    int DEFAULT_SIZE = 1024 * 1024;

    /** Size in bytes. */
    int size();

    /** Copies {@code length} bytes at {@code offset} into {@code dst[dstOffset...]}. */
    void read(long offset, byte[] dst, int dstOffset, int length);

    /** Copies {@code length} bytes from {@code src[srcOffset...]} to {@code offset}. */
    void write(long offset, byte[] src, int srcOffset, int length);

    /** Releases the mapping, if any. Idempotent. */
    @Override
    default void close() {
    }

    default Bytes read(long offset, int length) {
        byte[] b = new byte[length];
        read(offset, b, 0, length);
        return Bytes.wrap(b);
    }

    default void write(long offset, Bytes data) {
        write(offset, data.toArray(), 0, data.length());
    }

    default long readU32(long offset) {
        byte[] b = new byte[4];
        read(offset, b, 0, 4);
        return AstLpcFraming.getU32(b, 0);
    }

    default void writeU32(long offset, long value) {
        byte[] b = new byte[4];
        AstLpcFraming.putU32(b, 0, value);
        write(offset, b, 0, 4);
    }

    default int readU16(long offset) {
        byte[] b = new byte[2];
        read(offset, b, 0, 2);
        return ((b[0] & 0xFF) << 8) | (b[1] & 0xFF);
    }

    default void writeU16(long offset, int value) {
        write(offset, new byte[] {(byte) (value >>> 8), (byte) value}, 0, 2);
    }

    /** A zero-filled 1 MiB window in the heap. */
    static LpcWindow inMemory() {
        return inMemory(DEFAULT_SIZE);
    }

    /** A zero-filled window of {@code size} bytes in the heap. */
    static LpcWindow inMemory(int size) {
        if (size < AstLpcControlRegion.SIZE) {
            throw new IllegalArgumentException("LPC window must hold the 256-byte control region, was " + size + " bytes");
        }
        return new BufferWindow(ByteBuffer.allocate(size), null);
    }

    /** A window over a buffer (e.g. a mapped file or device); {@code onClose} releases it. */
    static LpcWindow over(ByteBuffer buffer, Runnable onClose) {
        return new BufferWindow(buffer, onClose);
    }
}
