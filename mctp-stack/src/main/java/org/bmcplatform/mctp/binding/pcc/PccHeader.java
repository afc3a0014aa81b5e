package org.bmcplatform.mctp.binding.pcc;

import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.DropReason;

/**
 * The 16-byte extended PCC shared-memory header that precedes every MCTP packet (DSP0292; ACPI 6.4
 * §14.1.7 "Extended PCC Subspace Shared Memory Region"), all fields little-endian: signature
 * {@code 0x50434300 | subspace id}, flags (bit 0 "notify on completion"), length (bytes after the length
 * field: the 4-byte command plus the packet) and command, ASCII "MCTP" ({@code 4D 43 54 50}). The packet
 * follows at offset 16. The length is implicit: the codec computes it from the packet.
 *
 * @param subspaceId the PCC subspace index (0..255) the header is written into
 * @param flags      the flags word; bit 0 asks the receiver to signal completion, other bits are kept as read
 */
public record PccHeader(int subspaceId, int flags) {
    /** Header bytes before the packet. */
    public static final int LENGTH = 16;
    /** The signature's fixed part; the low byte carries the subspace id. */
    public static final int SIGNATURE_BASE = 0x50434300;
    /** The command field, "MCTP" read as a little-endian 32-bit word. */
    public static final int COMMAND_MCTP = 0x5054434D;
    /** Flags bit 0: the receiver signals completion (platform interrupt, or OSPM doorbell on a responder subspace). */
    public static final int FLAG_NOTIFY_ON_COMPLETION = 1;
    /** The smallest packet carried: the 4-byte MCTP transport header. */
    public static final int MIN_PACKET = 4;
    /** The length field counts the command field too. */
    private static final int COMMAND_LENGTH = 4;

    public PccHeader {
        if (subspaceId < 0 || subspaceId > 0xFF) {
            throw new IllegalArgumentException("PCC subspace id must be 0..255, was " + subspaceId);
        }
    }

    /** The header MCTP senders write: notify on completion set, as the Linux mctp-pcc driver does. */
    public static PccHeader forSubspace(int subspaceId) {
        return new PccHeader(subspaceId, FLAG_NOTIFY_ON_COMPLETION);
    }

    public int signature() {
        return SIGNATURE_BASE | subspaceId;
    }

    public boolean notifyOnCompletion() {
        return (flags & FLAG_NOTIFY_ON_COMPLETION) != 0;
    }

    /** The header followed by the packet, as written to the subspace's shared memory from offset 0. */
    public Bytes encode(Bytes packet) {
        if (packet.length() < MIN_PACKET) {
            throw new IllegalArgumentException("an MCTP packet has at least its " + MIN_PACKET + "-byte header, was "
                    + packet.length() + " bytes");
        }
        byte[] f = new byte[LENGTH + packet.length()];
        putLe32(f, 0, signature());
        putLe32(f, 4, flags);
        putLe32(f, 8, COMMAND_LENGTH + packet.length());
        putLe32(f, 12, COMMAND_MCTP);
        packet.copyTo(f, LENGTH);
        return Bytes.wrap(f);
    }

    /** Reads {@code length} bytes of a shared-memory region from {@code offset}; callers stay within the region. */
    @FunctionalInterface
    public interface RegionReader {
        Bytes read(int offset, int length);
    }

    /** Checks a whole shared-memory region (header at offset 0); never throws on malformed content. */
    public static Decoded decode(Bytes region, int subspaceId, int mtu) {
        return decode(region.length(), (offset, length) -> region.slice(offset, offset + length), subspaceId, mtu);
    }

    /**
     * Checks the header in a shared-memory region of {@code regionSize} bytes and reads the packet it
     * announces. Reads only the 16 header bytes and then the announced packet, never past the region.
     *
     * @param subspaceId the subspace the region belongs to; its signature must name it
     * @param mtu        the largest packet accepted
     */
    public static Decoded decode(int regionSize, RegionReader region, int subspaceId, int mtu) {
        if (regionSize < LENGTH) {
            return new Rejected(DropReason.BAD_LENGTH, "shared memory of " + regionSize + " bytes cannot hold the "
                    + LENGTH + "-byte PCC header");
        }
        Bytes h = region.read(0, LENGTH);
        int signature = le32(h, 0);
        int expected = SIGNATURE_BASE | subspaceId;
        if (signature != expected) {
            return new Rejected(DropReason.BAD_SIGNATURE, String.format("signature 0x%08x at offset 0, expected 0x%08x",
                    signature, expected));
        }
        int command = le32(h, 12);
        if (command != COMMAND_MCTP) {
            return new Rejected(DropReason.BAD_COMMAND_CODE, String.format(
                    "command 0x%08x at offset 12, expected 0x%08x (\"MCTP\")", command, COMMAND_MCTP));
        }
        long length = le32(h, 8) & 0xFFFF_FFFFL;
        long packetLength = length - COMMAND_LENGTH;
        if (packetLength < MIN_PACKET) {
            return new Rejected(DropReason.BAD_LENGTH, "length " + length + " at offset 8 leaves no room for the "
                    + MIN_PACKET + "-byte MCTP header after the command");
        }
        if (LENGTH + packetLength > regionSize) {
            return new Rejected(DropReason.BAD_LENGTH, "length " + length + " at offset 8 announces a packet of "
                    + packetLength + " bytes, beyond the " + regionSize + "-byte shared memory");
        }
        if (packetLength > mtu) {
            return new Rejected(DropReason.OVERSIZE, "length " + length + " at offset 8 announces a packet of "
                    + packetLength + " bytes, above the MTU " + mtu);
        }
        PccHeader header = new PccHeader(subspaceId, le32(h, 4));
        return new Accepted(header, region.read(LENGTH, (int) packetLength));
    }

    /** The flags word at offset 4 of a region of at least 8 bytes, whatever the rest holds. */
    static int rawFlags(Bytes firstEight) {
        return le32(firstEight, 4);
    }

    static int le32(Bytes b, int offset) {
        return b.get(offset) | b.get(offset + 1) << 8 | b.get(offset + 2) << 16 | b.get(offset + 3) << 24;
    }

    private static void putLe32(byte[] b, int offset, int value) {
        b[offset] = (byte) value;
        b[offset + 1] = (byte) (value >>> 8);
        b[offset + 2] = (byte) (value >>> 16);
        b[offset + 3] = (byte) (value >>> 24);
    }

    /** The outcome of a decode: a packet or the reason the region was dropped. */
    public sealed interface Decoded permits Accepted, Rejected {
    }

    /** A good region: its header and the MCTP packet. */
    public record Accepted(PccHeader header, Bytes packet) implements Decoded {
    }

    /** A region to drop, with the counter it goes under and a description naming the offending field. */
    public record Rejected(DropReason reason, String detail) implements Decoded {
    }
}
