package org.bmcplatform.mctp.capture;

import java.time.Instant;
import org.bmcplatform.mctp.Bytes;

/** One packet record read from a capture file: an MCTP packet, or a packet of another link type. */
public sealed interface CaptureRecord permits CaptureRecord.Mctp, CaptureRecord.OtherLinkType {

    Instant at();

    /** The interface's if_name, or {@code #<id>} when the file does not name it. */
    String interfaceName();

    Direction direction();

    /** The packet's length on the wire; more than the captured bytes when the capture truncated it. */
    int originalLength();

    /** Whether the file holds fewer bytes than the packet had (snaplen). */
    boolean truncated();

    /** A packet on a LINKTYPE_MCTP (291) interface: the bytes begin with the MCTP transport header. */
    record Mctp(CapturedPacket packet, int originalLength) implements CaptureRecord {
        public Mctp {
            if (packet == null || originalLength < packet.packet().length()) {
                throw new IllegalArgumentException("a packet is required and its original length is at least its captured length");
            }
        }

        @Override
        public Instant at() {
            return packet.at();
        }

        @Override
        public String interfaceName() {
            return packet.interfaceName();
        }

        @Override
        public Direction direction() {
            return packet.direction();
        }

        @Override
        public boolean truncated() {
            return originalLength > packet.packet().length();
        }
    }

    /** A packet on an interface of another link type (tcpdump.org LINKTYPE_ value), kept as captured. */
    record OtherLinkType(Instant at, String interfaceName, Direction direction, int linkType, Bytes data,
                         int originalLength) implements CaptureRecord {
        public OtherLinkType {
            if (at == null || interfaceName == null || direction == null || data == null || originalLength < data.length()) {
                throw new IllegalArgumentException("time, interface, direction and data are required and the original"
                        + " length is at least the captured length");
            }
        }

        @Override
        public boolean truncated() {
            return originalLength > data.length();
        }
    }
}
