package org.bmcplatform.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The console jar decodes frames one-shot with no platform running, and its exit code says whether
 * the frame is valid. Frames are cases of the shared DSP0237/DSP0253 vectors.
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
}
