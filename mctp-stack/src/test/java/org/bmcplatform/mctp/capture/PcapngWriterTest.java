package org.bmcplatform.mctp.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcapngWriterTest {
    /** 2026-01-01T00:00:00Z = 1767225600 s since 1970. */
    private static final Instant T0 = Instant.ofEpochSecond(1_767_225_600L, 1234);
    private static final Instant T1 = Instant.ofEpochSecond(1_767_225_602L, 500_000_005);
    private static final Bytes GET_EID_REQUEST = Bytes.fromHex("01 09 08 c8 00 80 02");
    private static final Bytes GET_EID_RESPONSE = Bytes.fromHex("01 08 09 c0 00 00 02 00 09 00 00");

    /**
     * Laid out field by field from draft-ietf-opsawg-pcapng §4.1-4.3, little-endian. Timestamps are
     * nanoseconds (if_tsresol 9): 1767225600000001234 = 0x18867251_edfa04d2 and
     * 1767225602500000005 = 0x18867252_82fcf905.
     */
    private static final Bytes EXPECTED = Bytes.fromHex(String.join(" ",
            // Section Header Block: type, total length 60, byte-order magic, version 1.0, section length -1
            "0a 0d 0d 0a", "3c 00 00 00", "4d 3c 2b 1a", "01 00", "00 00", "ff ff ff ff ff ff ff ff",
            // shb_userappl (4), 23 bytes "bmc-platform mctp-stack" + 1 padding byte; opt_endofopt; total length
            "04 00 17 00", "62 6d 63 2d 70 6c 61 74 66 6f 72 6d 20 6d 63 74 70 2d 73 74 61 63 6b 00",
            "00 00 00 00", "3c 00 00 00",
            // Interface Description Block: type 1, total length 40, LinkType 291 (0x0123), reserved, SnapLen 0
            "01 00 00 00", "28 00 00 00", "23 01", "00 00", "00 00 00 00",
            // if_name (2) "bus0"; if_tsresol (9) = 9 + 3 padding bytes; opt_endofopt; total length
            "02 00 04 00", "62 75 73 30", "09 00 01 00", "09 00 00 00", "00 00 00 00", "28 00 00 00",
            // Enhanced Packet Block: type 6, total length 68, interface 0, timestamp high, low, captured 7, original 7
            "06 00 00 00", "44 00 00 00", "00 00 00 00", "51 72 86 18", "d2 04 fa ed", "07 00 00 00", "07 00 00 00",
            "01 09 08 c8 00 80 02 00",
            // epb_flags (2) = 2 (outbound); opt_comment (1) "peer 0x1d" + 3 padding bytes; opt_endofopt; total length
            "02 00 04 00", "02 00 00 00", "01 00 09 00", "70 65 65 72 20 30 78 31 64 00 00 00", "00 00 00 00",
            "44 00 00 00",
            // Enhanced Packet Block: total length 56, interface 0, timestamp, captured 11, original 11, data + 1 padding
            "06 00 00 00", "38 00 00 00", "00 00 00 00", "52 72 86 18", "05 f9 fc 82", "0b 00 00 00", "0b 00 00 00",
            "01 08 09 c0 00 00 02 00 09 00 00 00",
            // epb_flags = 1 (inbound); no peer on a point-to-point link; opt_endofopt; total length
            "02 00 04 00", "01 00 00 00", "00 00 00 00", "38 00 00 00"));

    private static CapturedPacket packet(Instant at, String iface, Direction d, Bytes b, LinkAddress peer) {
        return new CapturedPacket(at, iface, d, b, peer);
    }

    @Test
    void tinyCaptureMatchesTheBlocksLaidOutFromThePcapngSpec() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapngWriter w = new PcapngWriter(out, CaptureSettings.DEFAULTS)) {
            w.onPacket(packet(T0, "bus0", Direction.OUTBOUND, GET_EID_REQUEST, LinkAddress.smbus(0x1d)));
            w.onPacket(packet(T1, "bus0", Direction.INBOUND, GET_EID_RESPONSE, LinkAddress.NONE));
            assertThat(w.packetsWritten()).isEqualTo(2);
            assertThat(w.bytesWritten()).isEqualTo(EXPECTED.length());
        }
        assertThat(Bytes.wrap(out.toByteArray())).isEqualTo(EXPECTED);
    }

    @Test
    void eachNewInterfaceNameGetsItsOwnDescriptionBlockAndTheNextId() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapngWriter w = new PcapngWriter(out, CaptureSettings.DEFAULTS)) {
            w.onPacket(packet(T0, "bus0", Direction.OUTBOUND, GET_EID_REQUEST, LinkAddress.NONE));
            w.onPacket(packet(T0, "serial1", Direction.INBOUND, GET_EID_RESPONSE, LinkAddress.NONE));
            w.onPacket(packet(T1, "bus0", Direction.INBOUND, GET_EID_RESPONSE, LinkAddress.NONE));
        }
        try (PcapngReader r = new PcapngReader(new ByteArrayInputStream(out.toByteArray()))) {
            List<CaptureRecord> records = r.readAll();
            assertThat(records).extracting(CaptureRecord::interfaceName).containsExactly("bus0", "serial1", "bus0");
            assertThat(r.interfaces()).extracting(CaptureInterface::id, CaptureInterface::name, CaptureInterface::linkType)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "bus0", 291),
                            org.assertj.core.groups.Tuple.tuple(1, "serial1", 291));
        }
    }

    @Test
    void packetLimitStopsTheCaptureAndTheFileStaysReadable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("limited.pcapng");
        try (PcapngWriter w = new PcapngWriter(file, CaptureSettings.DEFAULTS.withMaxPackets(2))) {
            for (int i = 0; i < 5; i++) {
                w.onPacket(packet(T0.plusMillis(i), "bus0", Direction.OUTBOUND, GET_EID_REQUEST, LinkAddress.NONE));
            }
            assertThat(w.isFull()).isTrue();
            assertThat(w.packetsWritten()).isEqualTo(2);
            assertThat(w.packetsSkipped()).isEqualTo(3);
        }
        try (PcapngReader r = PcapngReader.open(file)) {
            assertThat(r.readAll()).extracting(CaptureRecord::at).containsExactly(T0, T0.plusMillis(1));
        }
    }

    @Test
    void fileSizeLimitIsNeverExceeded() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // section header 60 + interface block 40 + one 56-byte packet block = 156; a second does not fit in 200
        try (PcapngWriter w = new PcapngWriter(out, CaptureSettings.DEFAULTS.withMaxFileBytes(200))) {
            w.onPacket(packet(T0, "bus0", Direction.INBOUND, GET_EID_RESPONSE, LinkAddress.NONE));
            w.onPacket(packet(T1, "bus0", Direction.INBOUND, GET_EID_RESPONSE, LinkAddress.NONE));
            w.onPacket(packet(T1, "bus0", Direction.INBOUND, Bytes.fromHex("01 08 09 c0"), LinkAddress.NONE));
            assertThat(w.isFull()).isTrue();
            assertThat(w.packetsSkipped()).isEqualTo(2);
        }
        assertThat(out.size()).isEqualTo(156);
    }

    @Test
    void eachPacketReachesTheFileAtOnceUnlessBuffered() throws IOException {
        ByteArrayOutputStream live = new ByteArrayOutputStream();
        ByteArrayOutputStream buffered = new ByteArrayOutputStream();
        try (PcapngWriter l = new PcapngWriter(live, CaptureSettings.DEFAULTS);
             PcapngWriter b = new PcapngWriter(buffered, CaptureSettings.DEFAULTS.withFlushEachPacket(false))) {
            CapturedPacket p = packet(T0, "bus0", Direction.INBOUND, GET_EID_RESPONSE, LinkAddress.NONE);
            l.onPacket(p);
            b.onPacket(p);
            assertThat(live.size()).isEqualTo(156);
            assertThat(buffered.size()).isEqualTo(60);
        }
        assertThat(buffered.toByteArray()).isEqualTo(live.toByteArray());
    }

    @Test
    void failedWriteMakesThisAndEveryLaterPacketThrowSoTheStackRemovesTheTap() throws IOException {
        OutputStream failing = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written + len > 60) {
                    throw new IOException("No space left on device");
                }
                written += len;
            }
        };
        PcapngWriter w = new PcapngWriter(failing, CaptureSettings.DEFAULTS);
        CapturedPacket p = packet(T0, "bus0", Direction.INBOUND, GET_EID_RESPONSE, LinkAddress.NONE);

        assertThatThrownBy(() -> w.onPacket(p)).isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("No space left on device");
        assertThatThrownBy(() -> w.onPacket(p)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("earlier write failed");
        assertThat(w.packetsWritten()).isZero();
    }

    @Test
    void closedWriterCountsPacketsAsSkipped() throws IOException {
        PcapngWriter w = new PcapngWriter(new ByteArrayOutputStream(), CaptureSettings.DEFAULTS);
        w.close();
        w.close();
        w.onPacket(packet(T0, "bus0", Direction.INBOUND, GET_EID_RESPONSE, LinkAddress.NONE));
        assertThat(w.packetsSkipped()).isEqualTo(1);
    }

    @Test
    void packetsFromSeveralThreadsAreWrittenAsWholeBlocks() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int threads = 4;
        int perThread = 250;
        try (PcapngWriter w = new PcapngWriter(out, CaptureSettings.DEFAULTS.withFlushEachPacket(false))) {
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> started = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String iface = "bus" + t;
                Thread thread = new Thread(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    for (int i = 0; i < perThread; i++) {
                        w.onPacket(packet(T0.plusNanos(i), iface, Direction.OUTBOUND, Bytes.ofUnsigned(1, 9, 8, 0xC8, i), LinkAddress.NONE));
                    }
                });
                thread.start();
                started.add(thread);
            }
            go.countDown();
            for (Thread thread : started) {
                thread.join();
            }
        }
        try (PcapngReader r = new PcapngReader(new ByteArrayInputStream(out.toByteArray()))) {
            List<CaptureRecord> records = r.readAll();
            assertThat(records).hasSize(threads * perThread);
            assertThat(r.interfaces()).hasSize(threads);
            for (int t = 0; t < threads; t++) {
                String iface = "bus" + t;
                assertThat(records.stream().filter(c -> c.interfaceName().equals(iface)).map(c -> ((CaptureRecord.Mctp) c).packet().packet().get(4)))
                        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, perThread).map(i -> i & 0xFF).boxed().toList());
            }
        }
    }

    @Test
    void timestampBeforeNineteenSeventyIsRejected() throws IOException {
        try (PcapngWriter w = new PcapngWriter(new ByteArrayOutputStream(), CaptureSettings.DEFAULTS)) {
            assertThatThrownBy(() -> w.onPacket(packet(Instant.EPOCH.minusNanos(1), "bus0", Direction.INBOUND, GET_EID_RESPONSE,
                    LinkAddress.NONE))).isInstanceOf(IllegalArgumentException.class);
            assertThat(w.packetsWritten()).isZero();
        }
    }

    @Test
    void settingsRejectLimitsThatCannotHoldACapture() {
        assertThatThrownBy(() -> CaptureSettings.DEFAULTS.withMaxFileBytes(59)).hasMessageContaining("maxFileBytes");
        assertThatThrownBy(() -> CaptureSettings.DEFAULTS.withMaxPackets(0)).hasMessageContaining("maxPackets");
    }
}
