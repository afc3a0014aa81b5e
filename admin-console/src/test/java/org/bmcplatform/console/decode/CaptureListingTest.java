package org.bmcplatform.console.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.bmcplatform.console.shell.CommandFailure;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.capture.CapturedPacket;
import org.bmcplatform.mctp.capture.Direction;
import org.bmcplatform.mctp.capture.PcapngWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureListingTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.000001234Z");
    /** Get Endpoint ID request 8 -> 9 (TO, tag 1) and its response (DSP0236 §8.1, §12.5). */
    private static final Bytes REQUEST = Bytes.fromHex("01 09 08 c9 00 80 02");
    private static final Bytes RESPONSE = Bytes.fromHex("01 08 09 c1 00 00 02 00 09 00 00");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private Path exchange() throws IOException {
        Path file = dir.resolve("bus0.pcapng");
        try (PcapngWriter w = new PcapngWriter(file)) {
            w.onPacket(new CapturedPacket(T0, "bus0", Direction.OUTBOUND, REQUEST, LinkAddress.smbus(0x1d)));
            w.onPacket(new CapturedPacket(T0.plusMillis(3), "bus0", Direction.INBOUND, RESPONSE, LinkAddress.smbus(0x1d)));
            w.onPacket(new CapturedPacket(T0.plusMillis(9), "bus0", Direction.INBOUND, Bytes.fromHex("01 08 09 14 aa bb"),
                    LinkAddress.smbus(0x1d)));
        }
        return file;
    }

    @Test
    void eachRecordIsOneLineWithTimeInterfaceDirectionPeerAndSummary() throws IOException {
        Path file = exchange();

        CaptureListing.list(new PrintWriter(out), file.toString(), false);

        assertThat(out.toString()).isEqualTo("pcapng capture " + file + "\n" + """
                #  TIME                            INTERFACE  DIR  PEER  SUMMARY
                -  ------------------------------  ---------  ---  ----  -------------------------------------------------------------------------------
                1  2026-01-01T00:00:00.000001234Z  bus0       out  0x1d  8 -> 9  TO tag 1  SOM EOM seq 0  control request Get Endpoint ID (iid 0)
                2  2026-01-01T00:00:00.003001234Z  bus0       in   0x1d  9 -> 8  tag 1  SOM EOM seq 0  control response Get Endpoint ID (iid 0): SUCCESS
                3  2026-01-01T00:00:00.009001234Z  bus0       in   0x1d  9 -> 8  tag 4  seq 1  continued, 2 payload bytes
                3 records
                """);
    }

    @Test
    void verboseListsEveryFieldOfEachPacket() throws IOException {
        Path file = exchange();

        CaptureListing.list(new PrintWriter(out), file.toString(), true);

        String text = out.toString();
        assertThat(text).contains("\n#1  2026-01-01T00:00:00.000001234Z  bus0  out  peer 0x1d  7 bytes: 01 09 08 c9 00 80 02\n")
                .containsPattern("(?m)^control\\.command +Get Endpoint ID \\(0x02\\)$")
                .containsPattern("(?m)^control\\.completionCode +SUCCESS \\(0x00\\)$")
                .containsPattern("(?m)^mctp\\.payload +aa bb$")
                .endsWith("3 records\n");
        for (FrameFieldCheck check : new FrameFieldCheck[] {new FrameFieldCheck(REQUEST), new FrameFieldCheck(RESPONSE)}) {
            check.assertListedIn(text);
        }
    }

    /** Every field the inspector names for a packet appears in the verbose listing. */
    private record FrameFieldCheck(Bytes packet) {
        void assertListedIn(String text) {
            for (DecodedFrame.Field f : FrameDecoder.packet(packet).fields()) {
                assertThat(text).containsPattern("(?m)^" + java.util.regex.Pattern.quote(f.name()) + " +"
                        + java.util.regex.Pattern.quote(f.value()) + "$");
            }
        }
    }

    /** A big-endian pcapng section laid out by hand: an Ethernet interface (LinkType 1) and one packet on it. */
    @Test
    void packetOfAnotherLinkTypeIsReportedAsSuchWithoutDirection() throws IOException {
        Path file = dir.resolve("ethernet.pcapng");
        Files.write(file, Bytes.fromHex(String.join(" ",
                "0a 0d 0d 0a", "00 00 00 1c", "1a 2b 3c 4d", "00 01 00 00", "ff ff ff ff ff ff ff ff", "00 00 00 1c",
                "00 00 00 01", "00 00 00 14", "00 01 00 00", "00 00 ff ff", "00 00 00 14",
                "00 00 00 06", "00 00 00 28", "00 00 00 00", "00 00 00 00", "00 0f 42 45", "00 00 00 06", "00 00 00 06",
                "ff ff ff ff ff ff 00 00", "00 00 00 28")).toArray());

        CaptureListing.list(new PrintWriter(out), file.toString(), false);

        assertThat(out.toString()).contains("1  1970-01-01T00:00:01.000005Z  #0         -    -     link type 1, not MCTP (6 bytes)")
                .endsWith("1 record (0 MCTP, 1 of other link types)\n");
    }

    @Test
    void invalidPacketInACaptureIsListedAsInvalidWithoutFailingTheCommand() throws IOException {
        Path file = dir.resolve("bad.pcapng");
        try (PcapngWriter w = new PcapngWriter(file)) {
            w.onPacket(new CapturedPacket(T0, "serial0", Direction.INBOUND, Bytes.fromHex("02 09 08 c8 00"), LinkAddress.NONE));
        }

        CaptureListing.list(new PrintWriter(out), file.toString(), false);

        assertThat(out.toString()).contains("serial0    in   -     INVALID: transport header version 2 is not 1");
    }

    @Test
    void missingFileIsAUsageError() {
        assertThatThrownBy(() -> CaptureListing.list(new PrintWriter(out), dir.resolve("none.pcapng").toString(), false))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(CommandFailure.USAGE))
                .hasMessageContaining("no file").hasMessageContaining("none.pcapng");
        assertThatThrownBy(() -> CaptureListing.list(new PrintWriter(out), dir.toString(), false))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(CommandFailure.USAGE))
                .hasMessageContaining("is a directory");
        assertThatThrownBy(() -> CaptureListing.list(new PrintWriter(out), " ", false))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(CommandFailure.USAGE));
    }

    @Test
    void fileThatIsNotACaptureIsAUsageErrorNamingWhatItStartsWith() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "hello world");

        assertThatThrownBy(() -> CaptureListing.list(new PrintWriter(out), file.toString(), false))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(CommandFailure.USAGE))
                .hasMessageContaining("is not a capture").hasMessageContaining("68 65 6c 6c");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void captureCutShortListsTheRecordsBeforeTheCutThenFails() throws IOException {
        Path file = exchange();
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 5));

        assertThatThrownBy(() -> CaptureListing.list(new PrintWriter(out), file.toString(), false))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(CommandFailure.FAILED))
                .hasMessageContaining("damaged after record 2").hasMessageContaining("cut short, or still being written");
        assertThat(out.toString()).contains("control response Get Endpoint ID").endsWith("2 records\n");
    }
}
