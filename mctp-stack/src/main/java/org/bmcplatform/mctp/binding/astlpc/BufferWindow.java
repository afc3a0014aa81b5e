package org.bmcplatform.mctp.binding.astlpc;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;

/** An {@link LpcWindow} over a heap, direct or mapped buffer, using absolute (position-free) accesses. */
final class BufferWindow implements LpcWindow {
    private final ByteBuffer buffer;
    private final Runnable onClose;
    private final AtomicBoolean closed = new AtomicBoolean();

    BufferWindow(ByteBuffer buffer, Runnable onClose) {
        this.buffer = buffer;
        this.onClose = onClose;
    }

    @Override
    public int size() {
        return buffer.capacity();
    }

    @Override
    public void read(long offset, byte[] dst, int dstOffset, int length) {
        check(offset, length);
        buffer.get((int) offset, dst, dstOffset, length);
    }

    @Override
    public void write(long offset, byte[] src, int srcOffset, int length) {
        check(offset, length);
        buffer.put((int) offset, src, srcOffset, length);
    }

    private void check(long offset, int length) {
        if (offset < 0 || length < 0 || offset + length > buffer.capacity()) {
            throw new IndexOutOfBoundsException(String.format("LPC window access of %d bytes at 0x%x is outside the "
                    + "%d-byte window", length, offset, buffer.capacity()));
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && onClose != null) {
            onClose.run();
        }
    }
}
