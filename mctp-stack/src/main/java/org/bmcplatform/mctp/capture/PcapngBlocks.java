package org.bmcplatform.mctp.capture;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.bmcplatform.mctp.binding.LinkAddress;

/**
 * The three pcapng blocks a capture needs, little-endian (draft-ietf-opsawg-pcapng §4): Section Header
 * (§4.1), Interface Description (§4.2) and Enhanced Packet (§4.3). Every block is type, total length,
 * body, options (code, length, value padded to 32 bits, closed by opt_endofopt) and the total length again.
 */
final class PcapngBlocks {
    static final int SECTION_HEADER = 0x0A0D0D0A;
    static final int INTERFACE_DESCRIPTION = 0x00000001;
    static final int SIMPLE_PACKET = 0x00000003;
    static final int ENHANCED_PACKET = 0x00000006;
    static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;

    static final int OPT_ENDOFOPT = 0;
    static final int OPT_COMMENT = 1;
    static final int SHB_USERAPPL = 4;
    static final int IF_NAME = 2;
    static final int IF_DESCRIPTION = 3;
    static final int IF_TSRESOL = 9;
    static final int IF_TSOFFSET = 14;
    static final int EPB_FLAGS = 2;

    /** if_tsresol 9: timestamps count nanoseconds since 1970-01-01 00:00:00 UTC. */
    static final int TSRESOL_NANOSECONDS = 9;
    /** The section header this writer emits: 28 fixed bytes, shb_userappl (4 + 24), opt_endofopt (4). */
    static final int SECTION_HEADER_LENGTH = 60;
    static final String USER_APPLICATION = "bmc-platform mctp-stack";
    /** opt_comment text that carries the peer's link address (LINKTYPE_MCTP has no link-layer header). */
    static final String PEER_COMMENT_PREFIX = "peer ";

    private PcapngBlocks() {
    }

    /** SHB, version 1.0, section length -1 (not specified), with shb_userappl. */
    static byte[] sectionHeader() {
        byte[] app = USER_APPLICATION.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = block(SECTION_HEADER, 16 + option(app.length) + 4);
        b.putInt(BYTE_ORDER_MAGIC).putShort((short) 1).putShort((short) 0).putLong(-1L);
        putOption(b, SHB_USERAPPL, app);
        return finish(b);
    }

    /** IDB: link type, reserved, snaplen 0 (no limit), if_name, if_tsresol = nanoseconds. */
    static byte[] interfaceDescription(int linkType, String name) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = block(INTERFACE_DESCRIPTION, 8 + option(n.length) + option(1) + 4);
        b.putShort((short) linkType).putShort((short) 0).putInt(0);
        putOption(b, IF_NAME, n);
        putOption(b, IF_TSRESOL, new byte[] {TSRESOL_NANOSECONDS});
        return finish(b);
    }

    /** EPB: interface id, 64-bit nanosecond timestamp, lengths, padded data, epb_flags, peer comment. */
    static byte[] enhancedPacket(int interfaceId, CapturedPacket p) {
        int length = p.packet().length();
        byte[] comment = p.peer().isNone() ? null : peerComment(p.peer()).getBytes(StandardCharsets.UTF_8);
        int options = option(4) + (comment == null ? 0 : option(comment.length)) + 4;
        ByteBuffer b = block(ENHANCED_PACKET, 20 + padded(length) + options);
        long ts = nanosSinceEpoch(p.at());
        b.putInt(interfaceId).putInt((int) (ts >>> 32)).putInt((int) ts).putInt(length).putInt(length);
        byte[] data = new byte[padded(length)];
        p.packet().copyTo(data, 0);
        b.put(data);
        putOption(b, EPB_FLAGS, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(p.direction().code()).array());
        if (comment != null) {
            putOption(b, OPT_COMMENT, comment);
        }
        return finish(b);
    }

    static long nanosSinceEpoch(Instant at) {
        if (at.isBefore(Instant.EPOCH)) {
            throw new IllegalArgumentException("pcapng timestamps start at 1970-01-01T00:00:00Z, packet is from " + at);
        }
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
    }

    static int padded(int length) {
        return (length + 3) & ~3;
    }

    /** Bytes an option with a value of {@code length} takes. */
    private static int option(int length) {
        return 4 + padded(length);
    }

    private static ByteBuffer block(int type, int bodyLength) {
        int total = 8 + bodyLength + 4;
        return ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN).putInt(type).putInt(total);
    }

    private static void putOption(ByteBuffer b, int code, byte[] value) {
        b.putShort((short) code).putShort((short) value.length).put(value);
        b.position(b.position() + padded(value.length) - value.length);
    }

    /** Closes the options with opt_endofopt and repeats the total length. */
    private static byte[] finish(ByteBuffer b) {
        b.putShort((short) OPT_ENDOFOPT).putShort((short) 0).putInt(b.capacity());
        if (b.hasRemaining()) {
            throw new IllegalStateException("block length miscounted by " + b.remaining());
        }
        return b.array();
    }

    static String peerComment(LinkAddress peer) {
        return PEER_COMMENT_PREFIX + peer;
    }
}
