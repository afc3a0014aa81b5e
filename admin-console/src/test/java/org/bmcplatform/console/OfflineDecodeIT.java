package org.bmcplatform.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.capture.CapturedPacket;
import org.bmcplatform.mctp.capture.Direction;
import org.bmcplatform.mctp.capture.PcapngWriter;
import org.junit.jupiter.api.Test;

/**
 * The console jar decodes frames and capture files one-shot with no platform running, and its exit
 * code says whether the frame is valid. Frames are cases of the shared DSP0237/DSP0253 vectors.
 */
class OfflineDecodeIT {

    private static final String NOWHERE = "--bmc.url=http://127.0.0.1:9";

    @Test
    void validSmbusFrameGivenAsSeveralWordsPrintsItsFieldsAndExitsZero() throws Exception {
        ConsoleProcess.Result r = ConsoleProcess.run(NOWHERE, "decode", "smbus",
                "3a", "0f", "08", "21", "01", "09", "08", "c8", "00", "80", "02", "30");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("FIELD").endsWith("valid\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void serialFrameWithBadFcsGivenAsOneQuotedStringPrintsTheReasonAndExitsOne() throws Exception {
        ConsoleProcess.Result r = ConsoleProcess.run("decode", "serial", "7e 01 07 01 09 08 c8 00 80 02 0e b3 7e");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("serial.fcs").contains("INVALID");
        assertThat(r.err()).startsWith("invalid DSP0253 serial frame: ").contains("FCS");
    }

    @Test
    void textThatIsNotHexIsAUsageErrorWithAnExample() throws Exception {
        ConsoleProcess.Result r = ConsoleProcess.run("decode", "smbus", "3a", "zz");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("not hex bytes").contains("decode smbus 3a");
    }

    @Test
    void captureFileIsListedAndVerboseAfterTheFileShowsEveryField() throws Exception {
        Path file = Files.createTempDirectory(ConsoleProcess.workDirectory(), "pcap-").resolve("bus0.pcapng");
        try (PcapngWriter w = new PcapngWriter(file)) {
            w.onPacket(new CapturedPacket(Instant.parse("2026-01-01T00:00:00Z"), "bus0", Direction.OUTBOUND,
                    Bytes.fromHex("01 09 08 c8 00 80 02"), LinkAddress.smbus(0x1d)));
        }

        ConsoleProcess.Result list = ConsoleProcess.run(NOWHERE, "decode", "pcap", file.toString());
        ConsoleProcess.Result verbose = ConsoleProcess.run("decode", "pcap", file.toString(), "--verbose");

        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out()).contains("bus0       out  0x1d  8 -> 9  TO tag 0  SOM EOM seq 0  control request Get Endpoint ID (iid 0)")
                .endsWith("1 record\n");
        assertThat(verbose.exitCode()).as(verbose.toString()).isZero();
        assertThat(verbose.out()).containsPattern("(?m)^control\\.command +Get Endpoint ID \\(0x02\\)$");
    }

    @Test
    void fileThatIsNotACaptureExitsTwoWithTheReason() throws Exception {
        Path file = Files.createTempDirectory(ConsoleProcess.workDirectory(), "pcap-").resolve("notes.txt");
        Files.writeString(file, "not a capture");

        ConsoleProcess.Result r = ConsoleProcess.run("decode", "pcap", file.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("is not a capture");
    }
}
