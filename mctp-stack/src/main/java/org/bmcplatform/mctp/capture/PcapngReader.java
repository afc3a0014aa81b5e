package org.bmcplatform.mctp.capture;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.LinkAddress;

/**
 * Reads packet records back from a pcapng file (draft-ietf-opsawg-pcapng) in either byte order, any
 * if_tsresol and if_tsoffset, several sections; and from a classic pcap file (microsecond or
 * nanosecond, either byte order), whose packets have no direction and one interface {@code #0}.
 * Enhanced Packet Blocks become {@link CaptureRecord}s: MCTP ones ({@link PcapngWriter#LINKTYPE_MCTP})
 * as {@link CapturedPacket}s, with the peer from a {@code peer 0x1d} comment, others as
 * {@link CaptureRecord.OtherLinkType}. Blocks of other types (statistics, name resolution, simple and
 * obsolete packet blocks, custom) are skipped and counted. A file that is not a capture, or is
 * damaged, throws {@link PcapngFormatException} naming the offset; a file cut short inside a block
 * (still being written) throws it when that block is reached, after every complete record.
 */
public final class PcapngReader implements AutoCloseable {
    /** Larger blocks are taken as damage rather than allocated. */
    public static final int MAX_BLOCK_LENGTH = 16 * 1024 * 1024;
    private static final int ENHANCED_PACKET_FIXED = 20;

    private final ByteSource in;
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    private boolean started;
    private boolean classic;
    private final List<Link> links = new ArrayList<>();
    private long skippedBlocks;

    /** An interface and how its timestamps count. */
    private record Link(CaptureInterface description, BigInteger unitsPerSecond, long offsetSeconds) {
    }

    public PcapngReader(InputStream in) {
        this.in = new ByteSource(new BufferedInputStream(in));
    }

    public static PcapngReader open(Path file) throws IOException {
        return new PcapngReader(Files.newInputStream(file));
    }

    /** The next packet record; empty at the end of the file. */
    public Optional<CaptureRecord> next() throws IOException {
        if (!started) {
            started = true;
            if (!start()) {
                return Optional.empty();
            }
        }
        return classic ? ClassicPcap.next(in, order, links.get(0).description(), links.get(0).unitsPerSecond()) : nextBlock();
    }

    /** Every remaining record. */
    public List<CaptureRecord> readAll() throws IOException {
        List<CaptureRecord> all = new ArrayList<>();
        for (Optional<CaptureRecord> r = next(); r.isPresent(); r = next()) {
            all.add(r.get());
        }
        return all;
    }

    /** The interfaces of the current section, in id order. */
    public List<CaptureInterface> interfaces() {
        return links.stream().map(Link::description).toList();
    }

    /** Blocks skipped because they carry no packet this reader returns. */
    public long skippedBlocks() {
        return skippedBlocks;
    }

    /** Whether the file is classic pcap rather than pcapng. */
    public boolean isClassicPcap() {
        return classic;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Recognises the file by its first four bytes; false for an empty file. */
    private boolean start() throws IOException {
        byte[] magic = in.read(4, "the file's magic number", true);
        if (magic == null) {
            throw new PcapngFormatException(0, "the file is empty: not a pcapng or pcap capture");
        }
        int le = ByteBuffer.wrap(magic).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (le == PcapngBlocks.SECTION_HEADER) {
            in.pushBack(magic);
            return true;
        }
        Optional<ClassicPcap.Header> header = ClassicPcap.header(magic, in);
        if (header.isEmpty()) {
            throw new PcapngFormatException(0, "not a pcapng or pcap capture: it starts with " + Bytes.wrap(magic).toHex());
        }
        classic = true;
        order = header.get().order();
        links.add(new Link(new CaptureInterface(0, header.get().linkType(), "#0", Optional.empty(), header.get().snapLength()),
                BigInteger.valueOf(header.get().unitsPerSecond()), 0));
        return true;
    }

    private Optional<CaptureRecord> nextBlock() throws IOException {
        while (true) {
            long at = in.offset();
            byte[] head = in.read(8, "a block header", true);
            if (head == null) {
                return Optional.empty();
            }
            int type = ByteBuffer.wrap(head).order(order).getInt();
            if (type == PcapngBlocks.SECTION_HEADER) {
                byte[] bom = in.read(4, "the section's byte-order magic", false);
                int magic = ByteBuffer.wrap(bom).order(ByteOrder.BIG_ENDIAN).getInt();
                if (magic == PcapngBlocks.BYTE_ORDER_MAGIC) {
                    order = ByteOrder.BIG_ENDIAN;
                } else if (Integer.reverseBytes(magic) == PcapngBlocks.BYTE_ORDER_MAGIC) {
                    order = ByteOrder.LITTLE_ENDIAN;
                } else {
                    throw new PcapngFormatException(at + 8, "section header: byte-order magic " + Bytes.wrap(bom).toHex()
                            + " is neither 1a 2b 3c 4d nor 4d 3c 2b 1a");
                }
                byte[] rest = body(at, head, 12);
                section(new BlockCursor(rest, order, at + 12, "section header"));
                continue;
            }
            byte[] rest = body(at, head, 8);
            if (type == PcapngBlocks.INTERFACE_DESCRIPTION) {
                describe(new BlockCursor(rest, order, at + 8, "interface description block"));
            } else if (type == PcapngBlocks.ENHANCED_PACKET) {
                return Optional.of(packet(new BlockCursor(rest, order, at + 8, "enhanced packet block")));
            } else {
                skippedBlocks++;
            }
        }
    }

    /** Reads the rest of a block after {@code consumed} bytes and checks its trailing length. */
    private byte[] body(long at, byte[] head, int consumed) throws IOException {
        long total = ByteBuffer.wrap(head).order(order).getInt(4) & 0xFFFFFFFFL;
        if (total % 4 != 0 || total < consumed + 4 || total > MAX_BLOCK_LENGTH) {
            throw new PcapngFormatException(at + 4, "block total length " + total + " is not a multiple of 4 between "
                    + (consumed + 4) + " and " + MAX_BLOCK_LENGTH);
        }
        byte[] rest = in.read((int) total - consumed, "the block of " + total + " bytes at offset " + at, false);
        long trailer = ByteBuffer.wrap(rest).order(order).getInt(rest.length - 4) & 0xFFFFFFFFL;
        if (trailer != total) {
            throw new PcapngFormatException(at + total - 4, "trailing block total length " + trailer + " differs from the leading " + total);
        }
        return java.util.Arrays.copyOf(rest, rest.length - 4);
    }

    private void section(BlockCursor c) throws PcapngFormatException {
        int major = c.u16("major version");
        int minor = c.u16("minor version");
        if (major != 1) {
            throw c.error("pcapng version " + major + "." + minor + " is not 1.x");
        }
        c.i64("section length");
        links.clear();
    }

    private void describe(BlockCursor c) throws PcapngFormatException {
        int linkType = c.u16("LinkType");
        c.u16("Reserved");
        long snapLength = c.u32("SnapLen");
        Map<Integer, byte[]> options = options(c);
        int id = links.size();
        String name = Optional.ofNullable(options.get(PcapngBlocks.IF_NAME)).map(b -> new String(b, StandardCharsets.UTF_8))
                .orElse("#" + id);
        Optional<String> description = Optional.ofNullable(options.get(PcapngBlocks.IF_DESCRIPTION))
                .map(b -> new String(b, StandardCharsets.UTF_8));
        byte[] resolution = options.get(PcapngBlocks.IF_TSRESOL);
        int r = resolution == null || resolution.length < 1 ? 6 : resolution[0] & 0xFF;
        BigInteger units = (r & 0x80) == 0 ? BigInteger.TEN.pow(r) : BigInteger.TWO.pow(r & 0x7F);
        byte[] tsOffset = options.get(PcapngBlocks.IF_TSOFFSET);
        long offset = tsOffset == null || tsOffset.length < 8 ? 0 : ByteBuffer.wrap(tsOffset).order(order).getLong();
        links.add(new Link(new CaptureInterface(id, linkType, name, description, snapLength), units, offset));
    }

    private CaptureRecord packet(BlockCursor c) throws PcapngFormatException {
        long idAt = c.offset();
        long id = c.u32("Interface ID");
        if (id >= links.size()) {
            throw new PcapngFormatException(idAt, "enhanced packet block: interface ID " + id
                    + " has no interface description block before it (" + links.size() + " so far)");
        }
        long high = c.u32("Timestamp (High)");
        long low = c.u32("Timestamp (Low)");
        long captured = c.u32("Captured Packet Length");
        long original = c.u32("Original Packet Length");
        if (captured > c.remaining()) {
            throw c.error("captured packet length " + captured + " runs past the block (" + c.remaining() + " bytes left)");
        }
        Bytes data = Bytes.wrap(c.bytes((int) captured, "Packet Data"));
        c.skipUpTo(PcapngBlocks.padded((int) captured) - (int) captured);
        Map<Integer, byte[]> options = options(c);
        byte[] flags = options.get(PcapngBlocks.EPB_FLAGS);
        Direction direction = flags == null || flags.length < 4 ? Direction.UNKNOWN
                : Direction.ofFlags(ByteBuffer.wrap(flags).order(order).getInt());
        Link link = links.get((int) id);
        Instant at = ClassicPcap.instant(BigInteger.valueOf(high).shiftLeft(32).or(BigInteger.valueOf(low)),
                link.unitsPerSecond(), link.offsetSeconds()).orElseThrow(() -> c.error("timestamp out of range"));
        int originalLength = (int) Math.min(Integer.MAX_VALUE, Math.max(original, captured));
        CaptureInterface iface = link.description();
        if (!iface.isMctp()) {
            return new CaptureRecord.OtherLinkType(at, iface.name(), direction, iface.linkType(), data, originalLength);
        }
        return new CaptureRecord.Mctp(new CapturedPacket(at, iface.name(), direction, data, peer(options.get(PcapngBlocks.OPT_COMMENT))),
                originalLength);
    }

    /** The first value of each option code, up to opt_endofopt or the end of the block. */
    private static Map<Integer, byte[]> options(BlockCursor c) throws PcapngFormatException {
        Map<Integer, byte[]> options = new HashMap<>();
        while (c.remaining() >= 4) {
            int code = c.u16("option code");
            int length = c.u16("option length");
            if (code == PcapngBlocks.OPT_ENDOFOPT) {
                break;
            }
            byte[] value = c.bytes(length, "value of option " + code);
            c.skipUpTo(PcapngBlocks.padded(length) - length);
            options.putIfAbsent(code, value);
        }
        return options;
    }

    /** The peer's link address from this writer's {@code peer 0x1d} comment; none for any other comment. */
    private static LinkAddress peer(byte[] comment) {
        if (comment == null) {
            return LinkAddress.NONE;
        }
        String text = new String(comment, StandardCharsets.UTF_8);
        if (!text.startsWith(PcapngBlocks.PEER_COMMENT_PREFIX)) {
            return LinkAddress.NONE;
        }
        try {
            return LinkAddress.parse(text.substring(PcapngBlocks.PEER_COMMENT_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return LinkAddress.NONE;
        }
    }
}
