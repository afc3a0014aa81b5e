package org.bmcplatform.profiles.ncsi;

/**
 * The two Get Controller Packet Statistics layouts, told apart by the payload length, never by the
 * version string (the Linux kernel shipped the 1.0 layout for years): NC-SI 1.0, every counter
 * 32-bit, payload 168 bytes; NC-SI 1.1+, byte and packet totals and valid bytes received 64-bit,
 * payload 204 bytes.
 */
public enum CounterWidth {
    BITS_32(168), BITS_64(204);

    private final int payloadLength;

    CounterWidth(int payloadLength) {
        this.payloadLength = payloadLength;
    }

    /** The response payload length, response and reason codes included. */
    public int payloadLength() {
        return payloadLength;
    }

    /** The layout with this payload length, or null. */
    static CounterWidth ofPayloadLength(int length) {
        for (CounterWidth w : values()) {
            if (w.payloadLength == length) {
                return w;
            }
        }
        return null;
    }
}
