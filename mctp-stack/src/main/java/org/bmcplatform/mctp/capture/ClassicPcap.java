package org.bmcplatform.mctp.capture;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.Optional;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.LinkAddress;

/**
 * The classic libpcap file format (draft-ietf-opsawg-pcap): a 24-byte file header (magic a1b2c3d4 for
 * microseconds or a1b23c4d for nanoseconds, in the writer's byte order; version; snaplen; LinkType in
 * the low 28 bits) and 16-byte record headers (seconds, fraction, captured and original length).
 */
final class ClassicPcap {
    private static final int MICROSECONDS = 0xA1B2C3D4;
    private static final int NANOSECONDS = 0xA1B23C4D;

    record Header(ByteOrder order, long unitsPerSecond, int linkType, long snapLength) {
    }

    private ClassicPcap() {
    }

    /** The file header when {@code magic} is a pcap magic number (reads the other 20 bytes); else empty. */
    static Optional<Header> header(byte[] magic, ByteSource in) throws IOException {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            int m = ByteBuffer.wrap(magic).order(order).getInt();
            if (m == MICROSECONDS || m == NANOSECONDS) {
                BlockCursor c = new BlockCursor(in.read(20, "the pcap file header", false), order, 4, "pcap file header");
                int major = c.u16("version major");
                c.u16("version minor");
                c.u32("thiszone");
                c.u32("sigfigs");
                long snapLength = c.u32("snaplen");
                long linkType = c.u32("LinkType");
                if (major != 2) {
                    throw new PcapngFormatException(4, "pcap file header: version " + major + " is not 2");
                }
                return Optional.of(new Header(order, m == MICROSECONDS ? 1_000_000L : 1_000_000_000L,
                        (int) (linkType & 0x0FFFFFFF), snapLength));
            }
        }
        return Optional.empty();
    }

    /** The next record; empty at the end of the file. Classic pcap has no direction. */
    static Optional<CaptureRecord> next(ByteSource in, ByteOrder order, CaptureInterface iface, BigInteger unitsPerSecond)
            throws IOException {
        long at = in.offset();
        byte[] head = in.read(16, "a pcap record header", true);
        if (head == null) {
            return Optional.empty();
        }
        BlockCursor c = new BlockCursor(head, order, at, "pcap record");
        long seconds = c.u32("ts_sec");
        long fraction = c.u32("ts_usec/ts_nsec");
        long captured = c.u32("incl_len");
        long original = c.u32("orig_len");
        if (captured > PcapngReader.MAX_BLOCK_LENGTH) {
            throw new PcapngFormatException(at + 8, "pcap record: incl_len " + captured + " exceeds " + PcapngReader.MAX_BLOCK_LENGTH);
        }
        Bytes data = Bytes.wrap(in.read((int) captured, "a pcap record of " + captured + " bytes", false));
        Instant time = instant(BigInteger.valueOf(seconds).multiply(unitsPerSecond).add(BigInteger.valueOf(fraction)),
                unitsPerSecond).orElseThrow(() -> new PcapngFormatException(at, "pcap record: timestamp out of range"));
        int originalLength = (int) Math.min(Integer.MAX_VALUE, Math.max(original, captured));
        if (!iface.isMctp()) {
            return Optional.of(new CaptureRecord.OtherLinkType(time, iface.name(), Direction.UNKNOWN, iface.linkType(), data,
                    originalLength));
        }
        return Optional.of(new CaptureRecord.Mctp(new CapturedPacket(time, iface.name(), Direction.UNKNOWN, data,
                LinkAddress.NONE), originalLength));
    }

    /**
     * A timestamp counted in units of 1/{@code unitsPerSecond} s since 1970-01-01 00:00:00 UTC, plus
     * {@code offsetSeconds}; empty past the range of {@link Instant}.
     */
    static Optional<Instant> instant(BigInteger units, BigInteger unitsPerSecond, long offsetSeconds) {
        BigInteger[] qr = units.divideAndRemainder(unitsPerSecond);
        long nanos = qr[1].multiply(BigInteger.valueOf(1_000_000_000L)).divide(unitsPerSecond).longValue();
        BigInteger seconds = qr[0].add(BigInteger.valueOf(offsetSeconds));
        if (seconds.compareTo(BigInteger.valueOf(Instant.MAX.getEpochSecond())) > 0
                || seconds.compareTo(BigInteger.valueOf(Instant.MIN.getEpochSecond())) < 0) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(seconds.longValue(), nanos));
    }

    static Optional<Instant> instant(BigInteger units, BigInteger unitsPerSecond) {
        return instant(units, unitsPerSecond, 0);
    }
}
