package org.bmcplatform.mctp.capture;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A tap that writes a pcapng file Wireshark 4.2+ dissects as MCTP: one section header, one interface
 * description per interface name seen (LINKTYPE_MCTP 291, snaplen 0 = no limit, if_name, if_tsresol 9 =
 * nanoseconds) and one enhanced packet block per packet with its direction in epb_flags and, when
 * the link has addresses, the peer's address as the comment {@code peer 0x1d}.
 *
 * <p>{@code iface.addTap(new PcapngWriter(path))} captures one interface; the same writer on several
 * interfaces puts them in one file. Thread-safe: each block is written whole under a lock. With the
 * default settings every block is flushed at once, so the file can be opened while it grows. When a
 * limit of the {@link CaptureSettings} is reached the capture stops: later packets are counted as
 * skipped and the file stays valid. A write that fails makes every later call throw, so the stack
 * removes the tap from each interface; remove the tap before closing the writer (a closed writer
 * counts packets as skipped).
 */
public final class PcapngWriter implements PacketTap, AutoCloseable {
    /** tcpdump.org link-layer header types: LINKTYPE_MCTP, the packet begins with the MCTP transport header. */
    public static final int LINKTYPE_MCTP = 291;

    private final OutputStream out;
    private final CaptureSettings settings;
    private final Map<String, Integer> interfaceIds = new HashMap<>();
    private long bytesWritten;
    private long packetsWritten;
    private long packetsSkipped;
    private boolean full;
    private boolean closed;
    private IOException failure;

    /** Creates or truncates {@code file} and writes the section header. */
    public PcapngWriter(Path file) throws IOException {
        this(file, CaptureSettings.DEFAULTS);
    }

    public PcapngWriter(Path file, CaptureSettings settings) throws IOException {
        this(Files.newOutputStream(file), settings);
    }

    /** Writes to a stream it then owns (closes it on {@link #close()}); the section header goes out at once. */
    public PcapngWriter(OutputStream out, CaptureSettings settings) throws IOException {
        if (settings == null) {
            throw new IllegalArgumentException("settings must not be null");
        }
        this.out = new BufferedOutputStream(out, 64 * 1024);
        this.settings = settings;
        byte[] shb = PcapngBlocks.sectionHeader();
        this.out.write(shb);
        this.out.flush();
        bytesWritten = shb.length;
    }

    /**
     * Appends the packet (and, first, its interface's description block if this interface is new).
     *
     * @throws UncheckedIOException when this or an earlier write failed
     */
    @Override
    public synchronized void onPacket(CapturedPacket packet) {
        if (failure != null) {
            throw new UncheckedIOException("capture stopped: an earlier write failed", failure);
        }
        if (closed || full) {
            packetsSkipped++;
            return;
        }
        Integer id = interfaceIds.get(packet.interfaceName());
        byte[] idb = id == null ? PcapngBlocks.interfaceDescription(LINKTYPE_MCTP, packet.interfaceName()) : null;
        int interfaceId = id == null ? interfaceIds.size() : id;
        byte[] epb = PcapngBlocks.enhancedPacket(interfaceId, packet);
        long growth = (idb == null ? 0 : idb.length) + epb.length;
        if (bytesWritten + growth > settings.maxFileBytes()) {
            full = true;
            packetsSkipped++;
            flushQuietly();
            return;
        }
        try {
            if (idb != null) {
                out.write(idb);
                interfaceIds.put(packet.interfaceName(), interfaceId);
            }
            out.write(epb);
            if (settings.flushEachPacket()) {
                out.flush();
            }
        } catch (IOException e) {
            failure = e;
            throw new UncheckedIOException("writing the capture failed", e);
        }
        bytesWritten += growth;
        packetsWritten++;
        if (packetsWritten >= settings.maxPackets()) {
            full = true;
            flushQuietly();
        }
    }

    private void flushQuietly() {
        try {
            out.flush();
        } catch (IOException e) {
            failure = e;
        }
    }

    /** Packets written to the file. */
    public synchronized long packetsWritten() {
        return packetsWritten;
    }

    /** Packets not written because a limit was reached or the writer was closed. */
    public synchronized long packetsSkipped() {
        return packetsSkipped;
    }

    /** Bytes in the file, the section header included. */
    public synchronized long bytesWritten() {
        return bytesWritten;
    }

    /** Whether a limit of the settings stopped the capture. */
    public synchronized boolean isFull() {
        return full;
    }

    /** Flushes and closes the file; idempotent. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        out.close();
    }
}
