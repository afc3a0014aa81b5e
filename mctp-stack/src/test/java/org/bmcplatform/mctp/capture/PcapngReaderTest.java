package org.bmcplatform.mctp.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.junit.jupiter.api.Test;

class PcapngReaderTest {
    private static final Bytes REQUEST = Bytes.fromHex("01 09 08 c8 00 80 02");

    private static PcapngReader reader(Bytes file) {
        return new PcapngReader(new ByteArrayInputStream(file.toArray()));
    }

    private static Bytes hex(String... parts) {
        return Bytes.fromHex(String.join(" ", parts));
    }

    @Test
    void writtenPacketsReadBackEqual() throws IOException {
        long seed = System.nanoTime();
        System.out.println("PcapngReaderTest seed " + seed);
        Random random = new Random(seed);
        List<CapturedPacket> written = new ArrayList<>();
        Instant t = Instant.parse("2026-03-01T12:00:00Z");
        for (int i = 0; i < 40; i++) {
            byte[] packet = new byte[4 + random.nextInt(251)];
            random.nextBytes(packet);
            t = t.plusNanos(random.nextInt(5_000_000));
            written.add(new CapturedPacket(t, random.nextBoolean() ? "smbus0" : "serial-1", random.nextBoolean()
                    ? Direction.INBOUND : Direction.OUTBOUND, Bytes.wrap(packet),
                    random.nextBoolean() ? LinkAddress.NONE : LinkAddress.smbus(random.nextInt(0x80))));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapngWriter w = new PcapngWriter(out, CaptureSettings.DEFAULTS)) {
            written.forEach(w::onPacket);
        }
        try (PcapngReader r = reader(Bytes.wrap(out.toByteArray()))) {
            List<CaptureRecord> read = r.readAll();
            assertThat(read).allSatisfy(c -> assertThat(c).isInstanceOf(CaptureRecord.Mctp.class));
            assertThat(read).extracting(c -> ((CaptureRecord.Mctp) c).packet()).containsExactlyElementsOf(written);
            assertThat(read).noneMatch(CaptureRecord::truncated);
            assertThat(r.skippedBlocks()).isZero();
            assertThat(r.isClassicPcap()).isFalse();
        }
    }

    /**
     * A big-endian section from another tool, laid out by hand (draft-ietf-opsawg-pcapng §4): an
     * Ethernet interface with the default microsecond resolution, a block type this reader does not
     * know, an MCTP interface counting milliseconds (if_tsresol 3), and a packet on each.
     */
    @Test
    void bigEndianSectionWithAnUnknownBlockAndAnotherLinkTypeIsRead() throws IOException {
        Bytes file = hex(
                "0a 0d 0d 0a", "00 00 00 1c", "1a 2b 3c 4d", "00 01 00 00", "ff ff ff ff ff ff ff ff", "00 00 00 1c",
                // IDB: LinkType 1 (Ethernet), SnapLen 65535, no options
                "00 00 00 01", "00 00 00 14", "00 01 00 00", "00 00 ff ff", "00 00 00 14",
                // unknown block type 0x99
                "00 00 00 99", "00 00 00 10", "de ad be ef", "00 00 00 10",
                // IDB: LinkType 291, if_name "mctpi2c1", if_tsresol 3
                "00 00 00 01", "00 00 00 2c", "01 23 00 00", "00 00 00 00",
                "00 02 00 08", "6d 63 74 70 69 32 63 31", "00 09 00 01", "03 00 00 00", "00 00 00 00", "00 00 00 2c",
                // EPB on interface 0: 1.000005 s, 6 bytes, no options
                "00 00 00 06", "00 00 00 28", "00 00 00 00", "00 00 00 00", "00 0f 42 45", "00 00 00 06", "00 00 00 06",
                "ff ff ff ff ff ff 00 00", "00 00 00 28",
                // EPB on interface 1: 1767225600123 ms = 0x19b_76daa87b, 7 of 9 bytes, inbound, comment "peer 0x20"
                "00 00 00 06", "00 00 00 44", "00 00 00 01", "00 00 01 9b", "76 da a8 7b", "00 00 00 07", "00 00 00 09",
                "01 09 08 c8 00 80 02 00", "00 02 00 04", "00 00 00 01", "00 01 00 09",
                "70 65 65 72 20 30 78 32 30 00 00 00", "00 00 00 00", "00 00 00 44");

        try (PcapngReader r = reader(file)) {
            assertThat(r.readAll()).containsExactly(
                    new CaptureRecord.OtherLinkType(Instant.parse("1970-01-01T00:00:01.000005Z"), "#0", Direction.UNKNOWN, 1,
                            Bytes.fromHex("ff ff ff ff ff ff"), 6),
                    new CaptureRecord.Mctp(new CapturedPacket(Instant.parse("2026-01-01T00:00:00.123Z"), "mctpi2c1",
                            Direction.INBOUND, REQUEST, LinkAddress.smbus(0x20)), 9));
            assertThat(r.skippedBlocks()).isEqualTo(1);
            assertThat(r.interfaces()).extracting(CaptureInterface::isMctp).containsExactly(false, true);
        }
    }

    /** A classic pcap file (little-endian, microseconds, LinkType 291), as tcpdump -w writes it. */
    @Test
    void classicPcapFileIsReadWithoutDirection() throws IOException {
        Bytes file = hex("d4 c3 b2 a1", "02 00 04 00", "00 00 00 00", "00 00 00 00", "ff ff 00 00", "23 01 00 00",
                // 1767225600 s (0x6955b900) + 250000 µs (0x3d090), 7 bytes
                "00 b9 55 69", "90 d0 03 00", "07 00 00 00", "07 00 00 00", "01 09 08 c8 00 80 02");

        try (PcapngReader r = reader(file)) {
            assertThat(r.readAll()).containsExactly(new CaptureRecord.Mctp(new CapturedPacket(
                    Instant.parse("2026-01-01T00:00:00.25Z"), "#0", Direction.UNKNOWN, REQUEST, LinkAddress.NONE), 7));
            assertThat(r.isClassicPcap()).isTrue();
        }
    }

    @Test
    void fileThatIsNoCaptureIsRefusedAtOffsetZero() {
        assertThatThrownBy(() -> reader(Bytes.wrap("hello world".getBytes())).next())
                .isInstanceOfSatisfying(PcapngFormatException.class, e -> assertThat(e.offset()).isZero())
                .hasMessage("offset 0: not a pcapng or pcap capture: it starts with 68 65 6c 6c");
        assertThatThrownBy(() -> reader(Bytes.EMPTY).next()).hasMessageContaining("the file is empty");
    }

    @Test
    void fileCutInsideABlockGivesEveryCompleteRecordThenSaysWhere() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapngWriter w = new PcapngWriter(out, CaptureSettings.DEFAULTS)) {
            w.onPacket(new CapturedPacket(Instant.EPOCH, "bus0", Direction.OUTBOUND, REQUEST, LinkAddress.NONE));
            w.onPacket(new CapturedPacket(Instant.EPOCH, "bus0", Direction.INBOUND, REQUEST, LinkAddress.NONE));
        }
        byte[] whole = out.toByteArray();
        Bytes cut = Bytes.of(whole, 0, whole.length - 10);

        try (PcapngReader r = reader(cut)) {
            assertThat(r.next()).isPresent();
            assertThatThrownBy(r::next).isInstanceOfSatisfying(PcapngFormatException.class,
                    e -> assertThat(e.offset()).isEqualTo(whole.length - 10)).hasMessageStartingWith("offset 194: the file ends inside the block of 52 bytes at offset 152 (10 bytes missing)");
        }
    }

    @Test
    void packetOfAnUndescribedInterfaceNamesTheInterfaceId() {
        Bytes file = hex("0a 0d 0d 0a", "1c 00 00 00", "4d 3c 2b 1a", "01 00 00 00", "ff ff ff ff ff ff ff ff", "1c 00 00 00",
                "06 00 00 00", "20 00 00 00", "03 00 00 00", "00 00 00 00", "00 00 00 00", "00 00 00 00", "00 00 00 00",
                "20 00 00 00");

        assertThatThrownBy(() -> reader(file).next()).isInstanceOfSatisfying(PcapngFormatException.class,
                e -> assertThat(e.offset()).isEqualTo(36)).hasMessageContaining("interface ID 3 has no interface description block");
    }

    @Test
    void trailingLengthThatDisagreesIsDamage() {
        Bytes file = hex("0a 0d 0d 0a", "1c 00 00 00", "4d 3c 2b 1a", "01 00 00 00", "ff ff ff ff ff ff ff ff", "18 00 00 00");

        assertThatThrownBy(() -> reader(file).next()).isInstanceOfSatisfying(PcapngFormatException.class,
                e -> assertThat(e.offset()).isEqualTo(24)).hasMessageContaining("trailing block total length 24 differs from the leading 28");
    }

    @Test
    void capturedLengthPastTheBlockIsDamage() {
        Bytes file = hex("0a 0d 0d 0a", "1c 00 00 00", "4d 3c 2b 1a", "01 00 00 00", "ff ff ff ff ff ff ff ff", "1c 00 00 00",
                "01 00 00 00", "14 00 00 00", "23 01 00 00", "00 00 00 00", "14 00 00 00",
                "06 00 00 00", "24 00 00 00", "00 00 00 00", "00 00 00 00", "00 00 00 00", "40 00 00 00", "40 00 00 00",
                "01 09 08 c8", "24 00 00 00");

        assertThatThrownBy(() -> reader(file).next()).hasMessageContaining("captured packet length 64 runs past the block");
    }

    @Test
    void emptyCaptureHasNoRecords() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PcapngWriter(out, CaptureSettings.DEFAULTS).close();
        try (PcapngReader r = reader(Bytes.wrap(out.toByteArray()))) {
            assertThat(r.next()).isEqualTo(Optional.empty());
        }
    }
}
