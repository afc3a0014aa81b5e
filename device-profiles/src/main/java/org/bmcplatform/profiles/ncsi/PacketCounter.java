package org.bmcplatform.profiles.ncsi;

/**
 * The counters of a Get Controller Packet Statistics response, in wire order (DSP0222 "Get
 * Controller Packet Statistics response packet format"). In the NC-SI 1.1+ layout the counters
 * marked wide are 64-bit; in the NC-SI 1.0 layout every counter is 32-bit.
 */
public enum PacketCounter {
    TOTAL_BYTES_RECEIVED(true), TOTAL_BYTES_TRANSMITTED(true),
    UNICAST_PACKETS_RECEIVED(true), MULTICAST_PACKETS_RECEIVED(true), BROADCAST_PACKETS_RECEIVED(true),
    UNICAST_PACKETS_TRANSMITTED(true), MULTICAST_PACKETS_TRANSMITTED(true), BROADCAST_PACKETS_TRANSMITTED(true),
    FCS_RECEIVE_ERRORS(false), ALIGNMENT_ERRORS(false), FALSE_CARRIER_DETECTIONS(false), RUNT_PACKETS_RECEIVED(false),
    JABBER_PACKETS_RECEIVED(false), PAUSE_XON_FRAMES_RECEIVED(false), PAUSE_XOFF_FRAMES_RECEIVED(false),
    PAUSE_XON_FRAMES_TRANSMITTED(false), PAUSE_XOFF_FRAMES_TRANSMITTED(false),
    SINGLE_COLLISION_TRANSMIT_FRAMES(false), MULTIPLE_COLLISION_TRANSMIT_FRAMES(false), LATE_COLLISION_FRAMES(false),
    EXCESSIVE_COLLISION_FRAMES(false), CONTROL_FRAMES_RECEIVED(false),
    RX_FRAMES_64(false), RX_FRAMES_65_127(false), RX_FRAMES_128_255(false), RX_FRAMES_256_511(false),
    RX_FRAMES_512_1023(false), RX_FRAMES_1024_1522(false), RX_FRAMES_1523_9022(false),
    TX_FRAMES_64(false), TX_FRAMES_65_127(false), TX_FRAMES_128_255(false), TX_FRAMES_256_511(false),
    TX_FRAMES_512_1023(false), TX_FRAMES_1024_1522(false), TX_FRAMES_1523_9022(false),
    VALID_BYTES_RECEIVED(true), ERROR_RUNT_PACKETS_RECEIVED(false), ERROR_JABBER_PACKETS_RECEIVED(false);

    private final boolean wide;

    PacketCounter(boolean wide) {
        this.wide = wide;
    }

    /** 64-bit in the NC-SI 1.1+ layout. */
    public boolean wide() {
        return wide;
    }

    /** Bytes on the wire in {@code width}'s layout. */
    int size(CounterWidth width) {
        return width == CounterWidth.BITS_64 && wide ? 8 : 4;
    }

    /** Lower-case with spaces, for messages. */
    String label() {
        return name().toLowerCase().replace('_', ' ');
    }
}
