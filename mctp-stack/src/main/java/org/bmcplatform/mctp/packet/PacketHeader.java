package org.bmcplatform.mctp.packet;

import org.bmcplatform.mctp.EndpointId;

/**
 * The MCTP transport header (DSP0236 §8.1; reference mctp-stack.md §2.1): header version,
 * destination and source EID, SOM, EOM, packet sequence number (mod 4), tag owner and message tag.
 *
 * @param version     header version, 4 bits; 1 for DSP0236 1.x
 * @param destination destination EID
 * @param source      source EID
 * @param som         start of message
 * @param eom         end of message
 * @param sequence    packet sequence number 0..3
 * @param tagOwner    TO bit: 1 when the sender of the message owns (allocated) the tag
 * @param tag         message tag 0..7
 */
public record PacketHeader(int version, EndpointId destination, EndpointId source, boolean som, boolean eom,
                           int sequence, boolean tagOwner, int tag) {
    /** The header version of DSP0236 1.x. */
    public static final int VERSION_1 = 1;
    /** Length of the transport header in bytes. */
    public static final int LENGTH = 4;

    public PacketHeader {
        if (version < 0 || version > 0x0F) {
            throw new IllegalArgumentException("header version is 4 bits (0..15), was " + version);
        }
        if (destination == null || source == null) {
            throw new IllegalArgumentException("destination and source EIDs are required");
        }
        if (sequence < 0 || sequence > 3) {
            throw new IllegalArgumentException("packet sequence is 2 bits (0..3), was " + sequence);
        }
        if (tag < 0 || tag > 7) {
            throw new IllegalArgumentException("message tag is 3 bits (0..7), was " + tag);
        }
    }

    /** A version-1 header. */
    public static PacketHeader of(EndpointId destination, EndpointId source, boolean som, boolean eom,
                                  int sequence, boolean tagOwner, int tag) {
        return new PacketHeader(VERSION_1, destination, source, som, eom, sequence, tagOwner, tag);
    }

    /** Byte 3 of the header: SOM(7) EOM(6) seq(5:4) TO(3) tag(2:0). */
    public int flagsByte() {
        return (som ? 0x80 : 0) | (eom ? 0x40 : 0) | (sequence << 4) | (tagOwner ? 0x08 : 0) | tag;
    }
}
