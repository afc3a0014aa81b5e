package org.bmcplatform.mctp.kernel;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@code struct sockaddr_mctp} (include/uapi/linux/mctp.h), 12 bytes in host byte order:
 * u16 smctp_family (AF_MCTP), u16 pad, u32 smctp_network, u8 smctp_addr (EID), u8 smctp_type,
 * u8 smctp_tag, u8 pad.
 *
 * @param network MCTP network id (unsigned 32-bit; 0 = MCTP_NET_ANY, the default network)
 * @param eid     peer EID on send and receive, local EID (or MCTP_ADDR_ANY) on bind
 * @param type    the message type byte: the 7-bit type, with the IC bit (bit 7) as on the wire
 * @param tag     message tag (bits 2:0), MCTP_TAG_OWNER (0x08), MCTP_TAG_PREALLOC (0x10)
 */
record SockaddrMctp(int network, int eid, int type, int tag) {
    static final int AF_MCTP = 45;
    static final int SIZE = 12;
    static final int NET_ANY = 0;
    static final int ADDR_ANY = 0xFF;
    static final int TAG_MASK = 0x07;
    static final int TAG_OWNER = 0x08;
    static final int TAG_PREALLOC = 0x10;

    SockaddrMctp {
        checkByte(eid, "EID");
        checkByte(type, "message type");
        checkByte(tag, "tag");
    }

    /** The address a handler binds to: any network, any local EID, one message type (7-bit). */
    static SockaddrMctp bindAny(int typeCode) {
        return new SockaddrMctp(NET_ANY, ADDR_ANY, typeCode & 0x7F, 0);
    }

    boolean tagOwner() {
        return (tag & TAG_OWNER) != 0;
    }

    /** The tag's value bits 2:0. */
    int tagValue() {
        return tag & TAG_MASK;
    }

    byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.nativeOrder());
        b.putShort((short) AF_MCTP).putShort((short) 0).putInt(network)
                .put((byte) eid).put((byte) type).put((byte) tag).put((byte) 0);
        return b.array();
    }

    /** Reads the address recvfrom filled in; {@code length} is what the kernel reported. */
    static SockaddrMctp decode(byte[] raw, int length) {
        if (length < SIZE) {
            throw new IllegalArgumentException("sockaddr_mctp of " + length + " bytes, expected " + SIZE);
        }
        ByteBuffer b = ByteBuffer.wrap(raw, 0, SIZE).order(ByteOrder.nativeOrder());
        int family = b.getShort() & 0xFFFF;
        if (family != AF_MCTP) {
            throw new IllegalArgumentException("sockaddr family " + family + " at offset 0, expected AF_MCTP (45)");
        }
        b.getShort();
        int network = b.getInt();
        return new SockaddrMctp(network, b.get() & 0xFF, b.get() & 0xFF, b.get() & 0xFF);
    }

    private static void checkByte(int v, String what) {
        if (v < 0 || v > 0xFF) {
            throw new IllegalArgumentException(what + " must be 0..255, was " + v);
        }
    }

    @Override
    public String toString() {
        return String.format("sockaddr_mctp{net %d, eid %d, type 0x%02x, tag 0x%02x}",
                Integer.toUnsignedLong(network), eid, type, tag);
    }
}
