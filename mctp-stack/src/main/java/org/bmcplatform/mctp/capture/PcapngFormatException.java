package org.bmcplatform.mctp.capture;

import java.io.IOException;

/** A capture file that is not pcapng/pcap or is damaged; the message names the byte offset and the field. */
public final class PcapngFormatException extends IOException {
    private final long offset;

    public PcapngFormatException(long offset, String message) {
        super("offset " + offset + ": " + message);
        this.offset = offset;
    }

    /** Where in the file the problem is. */
    public long offset() {
        return offset;
    }
}
