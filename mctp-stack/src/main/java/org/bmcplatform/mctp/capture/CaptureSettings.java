package org.bmcplatform.mctp.capture;

/**
 * Limits and flushing of one {@link PcapngWriter} (named settings, STYLE.md rule 19).
 *
 * @param maxFileBytes    the file never grows past this many bytes: the first packet that does not fit
 *                        stops the capture (as dumpcap's {@code -a filesize}); {@link Long#MAX_VALUE} for none
 * @param maxPackets      the capture stops after this many packets (dumpcap {@code -c}); {@link Long#MAX_VALUE} for none
 * @param flushEachPacket every block goes to the file as soon as it is written, so a reader (Wireshark on a
 *                        growing file, {@code tail -c}) sees each packet at once; false buffers up to 64 KiB
 */
public record CaptureSettings(long maxFileBytes, long maxPackets, boolean flushEachPacket) {
    /** No limits, each packet flushed: right for live capture at MCTP packet rates. */
    public static final CaptureSettings DEFAULTS = new CaptureSettings(Long.MAX_VALUE, Long.MAX_VALUE, true);

    public CaptureSettings {
        if (maxFileBytes < PcapngBlocks.SECTION_HEADER_LENGTH) {
            throw new IllegalArgumentException("maxFileBytes must leave room for the section header ("
                    + PcapngBlocks.SECTION_HEADER_LENGTH + " bytes), was " + maxFileBytes);
        }
        if (maxPackets < 1) {
            throw new IllegalArgumentException("maxPackets must be at least 1, was " + maxPackets);
        }
    }

    public CaptureSettings withMaxFileBytes(long bytes) {
        return new CaptureSettings(bytes, maxPackets, flushEachPacket);
    }

    public CaptureSettings withMaxPackets(long packets) {
        return new CaptureSettings(maxFileBytes, packets, flushEachPacket);
    }

    public CaptureSettings withFlushEachPacket(boolean flush) {
        return new CaptureSettings(maxFileBytes, maxPackets, flush);
    }
}
