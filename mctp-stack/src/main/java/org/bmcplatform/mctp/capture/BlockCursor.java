package org.bmcplatform.mctp.capture;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Bounds-checked reads from one block of a capture file; a read past the end names the field and its file offset. */
final class BlockCursor {
    private final ByteBuffer data;
    private final long fileOffset;
    private final String block;

    /** {@code fileOffset} is where {@code data[0]} sits in the file; {@code block} names it in errors. */
    BlockCursor(byte[] data, ByteOrder order, long fileOffset, String block) {
        this.data = ByteBuffer.wrap(data).order(order);
        this.fileOffset = fileOffset;
        this.block = block;
    }

    int u8(String field) throws PcapngFormatException {
        need(1, field);
        return data.get() & 0xFF;
    }

    int u16(String field) throws PcapngFormatException {
        need(2, field);
        return data.getShort() & 0xFFFF;
    }

    long u32(String field) throws PcapngFormatException {
        need(4, field);
        return data.getInt() & 0xFFFFFFFFL;
    }

    long i64(String field) throws PcapngFormatException {
        need(8, field);
        return data.getLong();
    }

    byte[] bytes(int n, String field) throws PcapngFormatException {
        need(n, field);
        byte[] b = new byte[n];
        data.get(b);
        return b;
    }

    String utf8(int n, String field) throws PcapngFormatException {
        return new String(bytes(n, field), StandardCharsets.UTF_8);
    }

    /** Skips up to {@code n} bytes (option padding may be cut short at the end of a block). */
    void skipUpTo(int n) {
        data.position(data.position() + Math.min(n, data.remaining()));
    }

    int remaining() {
        return data.remaining();
    }

    long offset() {
        return fileOffset + data.position();
    }

    PcapngFormatException error(String message) {
        return new PcapngFormatException(offset(), block + ": " + message);
    }

    private void need(int n, String field) throws PcapngFormatException {
        if (n < 0 || data.remaining() < n) {
            throw error(field + " needs " + n + " bytes but the block has " + data.remaining() + " left");
        }
    }
}
