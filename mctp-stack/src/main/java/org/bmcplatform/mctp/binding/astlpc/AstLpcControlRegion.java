package org.bmcplatform.mctp.binding.astlpc;

import org.bmcplatform.mctp.Bytes;

/**
 * The control region at the start of the LPC window (reference mctp-stack.md §3.4; libmctp
 * {@code struct mctp_lpcmap_hdr}), all fields big-endian: magic "MCTP", the BMC's and the host's
 * version ranges, the negotiated version (0 = none or failed) and the buffer layout in host terms.
 * Also the version and MTU negotiation rules that read and write it.
 */
public record AstLpcControlRegion(long magic, int bmcVersionMin, int bmcVersionCurrent, int hostVersionMin,
                                  int hostVersionCurrent, int negotiatedVersion, AstLpcLayout layout) {
    /** "MCTP". */
    public static final long MAGIC = 0x4D43_5450L;
    /** The control region's reserved size; buffers start at or after it. */
    public static final int SIZE = 0x100;
    /** Bytes of the header defined inside the control region. */
    public static final int HEADER_LENGTH = 0x20;

    public static final int OFFSET_MAGIC = 0x00;
    public static final int OFFSET_BMC_VERSION_MIN = 0x04;
    public static final int OFFSET_BMC_VERSION_CURRENT = 0x06;
    public static final int OFFSET_HOST_VERSION_MIN = 0x08;
    public static final int OFFSET_HOST_VERSION_CURRENT = 0x0A;
    public static final int OFFSET_NEGOTIATED_VERSION = 0x0C;
    public static final int OFFSET_RX_OFFSET = 0x10;
    public static final int OFFSET_RX_SIZE = 0x14;
    public static final int OFFSET_TX_OFFSET = 0x18;
    public static final int OFFSET_TX_SIZE = 0x1C;

    public AstLpcControlRegion {
        checkU16("bmc_ver_min", bmcVersionMin);
        checkU16("bmc_ver_cur", bmcVersionCurrent);
        checkU16("host_ver_min", hostVersionMin);
        checkU16("host_ver_cur", hostVersionCurrent);
        checkU16("negotiated_ver", negotiatedVersion);
        if (magic < 0 || magic > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("magic is u32, was " + magic);
        }
        if (layout == null) {
            throw new IllegalArgumentException("layout is required");
        }
    }

    private static void checkU16(String field, int v) {
        if (v < 0 || v > 0xFFFF) {
            throw new IllegalArgumentException(field + " is u16, was " + v);
        }
    }

    /** The region as the BMC writes it at start-up: magic, its versions, no host versions yet, the layout. */
    public static AstLpcControlRegion bmcInitial(int versionMin, int versionMax, AstLpcLayout layout) {
        return new AstLpcControlRegion(MAGIC, versionMin, versionMax, 0, 0, 0, layout);
    }

    /** Decodes the 32-byte header. */
    public static AstLpcControlRegion decode(Bytes header) {
        if (header.length() < HEADER_LENGTH) {
            throw new IllegalArgumentException("control region header needs 32 bytes, got " + header.length());
        }
        byte[] b = header.toArray();
        return new AstLpcControlRegion(AstLpcFraming.getU32(b, OFFSET_MAGIC), u16(b, OFFSET_BMC_VERSION_MIN),
                u16(b, OFFSET_BMC_VERSION_CURRENT), u16(b, OFFSET_HOST_VERSION_MIN), u16(b, OFFSET_HOST_VERSION_CURRENT),
                u16(b, OFFSET_NEGOTIATED_VERSION),
                new AstLpcLayout(new PacketBuffer(AstLpcFraming.getU32(b, OFFSET_RX_OFFSET), AstLpcFraming.getU32(b, OFFSET_RX_SIZE)),
                        new PacketBuffer(AstLpcFraming.getU32(b, OFFSET_TX_OFFSET), AstLpcFraming.getU32(b, OFFSET_TX_SIZE))));
    }

    /** Reads the header from the window. */
    public static AstLpcControlRegion read(LpcWindow window) {
        return decode(window.read(0, HEADER_LENGTH));
    }

    /** The 32 header bytes (the pad at 0x0E is zero). */
    public Bytes encode() {
        byte[] b = new byte[HEADER_LENGTH];
        AstLpcFraming.putU32(b, OFFSET_MAGIC, magic);
        putU16(b, OFFSET_BMC_VERSION_MIN, bmcVersionMin);
        putU16(b, OFFSET_BMC_VERSION_CURRENT, bmcVersionCurrent);
        putU16(b, OFFSET_HOST_VERSION_MIN, hostVersionMin);
        putU16(b, OFFSET_HOST_VERSION_CURRENT, hostVersionCurrent);
        putU16(b, OFFSET_NEGOTIATED_VERSION, negotiatedVersion);
        AstLpcFraming.putU32(b, OFFSET_RX_OFFSET, layout.rx().offset());
        AstLpcFraming.putU32(b, OFFSET_RX_SIZE, layout.rx().size());
        AstLpcFraming.putU32(b, OFFSET_TX_OFFSET, layout.tx().offset());
        AstLpcFraming.putU32(b, OFFSET_TX_SIZE, layout.tx().size());
        return Bytes.wrap(b);
    }

    /** Writes the whole header. */
    public void write(LpcWindow window) {
        window.write(0, encode());
    }

    /** The host announces its version range (offsets 0x08-0x0B). */
    public static void writeHostVersions(LpcWindow window, int min, int current) {
        window.writeU16(OFFSET_HOST_VERSION_MIN, min);
        window.writeU16(OFFSET_HOST_VERSION_CURRENT, current);
    }

    /** The BMC publishes the outcome of negotiation (0 = failed). */
    public static void writeNegotiatedVersion(LpcWindow window, int version) {
        window.writeU16(OFFSET_NEGOTIATED_VERSION, version);
    }

    /** The host proposes its receive buffer size (v2+: only rx_size; the BMC owns the offsets). */
    public static void writeHostRxSize(LpcWindow window, long size) {
        window.writeU32(OFFSET_RX_SIZE, size);
    }

    /** The BMC writes the negotiated layout (offsets and both sizes). */
    public static void writeLayout(LpcWindow window, AstLpcLayout layout) {
        window.writeU32(OFFSET_RX_OFFSET, layout.rx().offset());
        window.writeU32(OFFSET_RX_SIZE, layout.rx().size());
        window.writeU32(OFFSET_TX_OFFSET, layout.tx().offset());
        window.writeU32(OFFSET_TX_SIZE, layout.tx().size());
    }

    /**
     * Version negotiation (libmctp mctp_astlpc_negotiate_version): 0 when any version is 0, either
     * range is inverted or the ranges do not overlap; otherwise the lower of the two current versions.
     */
    public static int negotiateVersion(int bmcMin, int bmcCurrent, int hostMin, int hostCurrent) {
        if (bmcMin == 0 || bmcCurrent == 0 || hostMin == 0 || hostCurrent == 0) {
            return 0;
        }
        if (bmcMin > bmcCurrent || hostMin > hostCurrent) {
            return 0;
        }
        if (hostCurrent < bmcMin || hostMin > bmcCurrent) {
            return 0;
        }
        return Math.min(bmcCurrent, hostCurrent);
    }

    /**
     * The size of each of the BMC's two buffers at start-up: half the window after the control region,
     * the packet payload trimmed to a multiple of 16 (DSP0236 Query Hop), then limited to what the
     * requested MTU needs ({@code requestedMtu} = packet size incl. header; 0 = the largest).
     */
    public static long bmcBufferSize(int version, int requestedMtu, long windowSize) {
        long half = (windowSize - SIZE) / 2;
        long payload = (AstLpcFraming.packetSize(version, half) - 4) & ~0xFL;
        long size = AstLpcFraming.bufferSize(version, payload + 4);
        if (requestedMtu > 0) {
            size = Math.min(size, AstLpcFraming.bufferSize(version, requestedMtu));
        }
        return size;
    }

    /** The BMC's start-up layout: the host's rx right after the control region, its tx right after that. */
    public static AstLpcLayout bmcLayout(int version, int requestedMtu, long windowSize) {
        long size = bmcBufferSize(version, requestedMtu, windowSize);
        return new AstLpcLayout(new PacketBuffer(SIZE, size), new PacketBuffer(SIZE + size, size));
    }

    /**
     * MTU negotiation on the BMC (v2+; libmctp mctp_astlpc_calculate_mtu): the smallest of the space
     * between the two buffer offsets, the BMC's requested MTU and the host's proposed rx size. Answers
     * the packet size (incl. header) applied to both directions.
     */
    public static long negotiateMtu(int version, AstLpcLayout bmcLayout, int bmcRequestedMtu, AstLpcLayout proposed) {
        long limit = Math.abs(bmcLayout.rx().offset() - bmcLayout.tx().offset());
        if (bmcRequestedMtu > 0) {
            limit = Math.min(limit, AstLpcFraming.bufferSize(version, bmcRequestedMtu));
        }
        return AstLpcFraming.packetSize(version, Math.min(limit, proposed.rx().size()));
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    private static void putU16(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
    }
}
