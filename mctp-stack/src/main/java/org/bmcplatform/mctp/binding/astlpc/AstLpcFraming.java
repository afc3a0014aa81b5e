package org.bmcplatform.mctp.binding.astlpc;

import java.util.zip.CRC32;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.DropReason;

/**
 * The contents of one astlpc packet buffer (reference mctp-stack.md §3.4 "Buffer contents"): a
 * big-endian u32 length (the MCTP packet length, 4-byte transport header included), the packet, and
 * from protocol version 3 a big-endian CRC-32 (IEEE 802.3: reflected 0xEDB88320, init and final XOR
 * 0xFFFFFFFF) of the packet only; the length excludes the CRC. Stateless.
 */
public final class AstLpcFraming {
    /** Versions this implementation speaks (libmctp ASTLPC_VER_MIN .. ASTLPC_VER_CUR). */
    public static final int VERSION_MIN = 1;
    public static final int VERSION_MAX = 3;
    /** The baseline packet: 64-byte BTU + 4-byte header (DSP0236 §8.4). */
    public static final int BASELINE_PACKET = 68;
    /** Size of the length field before the packet. */
    public static final int LENGTH_FIELD = 4;
    /** Size of the v3 CRC-32 trailer. */
    public static final int CRC_FIELD = 4;

    private AstLpcFraming() {
    }

    /** Whether the protocol version carries the CRC-32 trailer (v3 and later). */
    public static boolean hasCrc(int version) {
        return version >= 3;
    }

    /** Bytes a buffer needs to hold a packet of {@code packetSize} bytes: +4 (v1, v2) or +8 (v3). */
    public static long bufferSize(int version, long packetSize) {
        return packetSize + LENGTH_FIELD + (hasCrc(version) ? CRC_FIELD : 0);
    }

    /** The largest packet a buffer of {@code bufferSize} bytes holds (may be negative for tiny buffers). */
    public static long packetSize(int version, long bufferSize) {
        return bufferSize - LENGTH_FIELD - (hasCrc(version) ? CRC_FIELD : 0);
    }

    /** The CRC-32 of the packet. */
    public static long crc32(byte[] data, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(data, offset, length);
        return crc.getValue();
    }

    /** Encodes a packet into buffer contents: length, packet and (v3) CRC. */
    public static byte[] encode(int version, Bytes packet) {
        int n = packet.length();
        byte[] out = new byte[(int) bufferSize(version, n)];
        putU32(out, 0, n);
        packet.copyTo(out, LENGTH_FIELD);
        if (hasCrc(version)) {
            putU32(out, LENGTH_FIELD + n, crc32(out, LENGTH_FIELD, n));
        }
        return out;
    }

    /** The outcome of checking a packet read out of a buffer. */
    public sealed interface Decoded permits Accepted, Rejected {
    }

    /** A packet whose header version (and v3 CRC) checked out. */
    public record Accepted(Bytes packet) implements Decoded {
    }

    /** Why a buffer was dropped, with the offset and field in the detail. */
    public record Rejected(DropReason reason, String detail) implements Decoded {
    }

    /**
     * Checks the length field read from a buffer: at least the 4-byte header, at most the largest packet
     * the buffer holds and at most the MTU. Answers null when acceptable.
     */
    public static Rejected checkLength(long length, long bufferCapacity, int mtu) {
        if (length < 4) {
            return new Rejected(DropReason.BAD_LENGTH, "offset 0: length " + length + " is shorter than the 4-byte header");
        }
        if (length > bufferCapacity) {
            return new Rejected(DropReason.BAD_LENGTH, "offset 0: length " + length + " exceeds the buffer's capacity "
                    + bufferCapacity);
        }
        if (length > mtu) {
            return new Rejected(DropReason.OVERSIZE, "offset 0: length " + length + " exceeds the MTU " + mtu);
        }
        return null;
    }

    /**
     * Decodes whole buffer contents (length, packet, v3 CRC). Checks the length against the buffer and
     * the MTU, the transport header version (1) and the v3 CRC.
     */
    public static Decoded decode(int version, byte[] buffer, int mtu) {
        if (buffer.length < LENGTH_FIELD) {
            return new Rejected(DropReason.BAD_LENGTH, "offset 0: buffer of " + buffer.length + " bytes has no length field");
        }
        long length = getU32(buffer, 0);
        Rejected bad = checkLength(length, packetSize(version, buffer.length), mtu);
        if (bad != null) {
            return bad;
        }
        return checkPacket(version, buffer, LENGTH_FIELD, (int) length);
    }

    /**
     * Checks a packet of {@code length} bytes at {@code offset} in {@code data}, followed (v3) by its CRC:
     * the transport header version must be 1, and the CRC must match.
     */
    public static Decoded checkPacket(int version, byte[] data, int offset, int length) {
        int headerVersion = data[offset] & 0x0F;
        if (headerVersion != 1) {
            return new Rejected(DropReason.BAD_HEADER_VERSION, "offset " + LENGTH_FIELD + ": header version "
                    + headerVersion + ", expected 1");
        }
        if (hasCrc(version)) {
            long expected = getU32(data, offset + length);
            long actual = crc32(data, offset, length);
            if (expected != actual) {
                return new Rejected(DropReason.BAD_CRC, String.format("offset %d: CRC-32 0x%08x, computed 0x%08x",
                        LENGTH_FIELD + length, expected, actual));
            }
        }
        return new Accepted(Bytes.of(data, offset, length));
    }

    static void putU32(byte[] b, int at, long v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    static long getU32(byte[] b, int at) {
        return ((b[at] & 0xFFL) << 24) | ((b[at + 1] & 0xFFL) << 16) | ((b[at + 2] & 0xFFL) << 8) | (b[at + 3] & 0xFFL);
    }
}
