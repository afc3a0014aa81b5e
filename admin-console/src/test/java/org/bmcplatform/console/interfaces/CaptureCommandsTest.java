package org.bmcplatform.console.interfaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.bmcplatform.console.platform.RecordedPlatform;
import org.bmcplatform.console.shell.CommandFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureCommandsTest {

    private static final String RUNNING = """
            {"id":"smbus0-20260131T120000.000Z","interface":"smbus0","file":"smbus0-20260131T120000.000Z.pcapng",
             "download":"/api/captures/smbus0-20260131T120000.000Z/file","startedAt":"2026-01-31T12:00:00.000Z",
             "stoppedAt":null,"packets":0,"bytes":28,"state":"RUNNING","stopReason":null,
             "limits":{"maxPackets":1000,"maxBytes":null,"maxSeconds":60}}
            """;
    private static final String STOPPED = """
            {"id":"smbus0-20260131T120000.000Z","interface":"smbus0","file":"smbus0-20260131T120000.000Z.pcapng",
             "startedAt":"2026-01-31T12:00:00.000Z","stoppedAt":"2026-01-31T12:00:42.512Z","packets":1000,"bytes":96412,
             "state":"STOPPED","stopReason":"PACKET_LIMIT","limits":{"maxPackets":1000,"maxBytes":null,"maxSeconds":60}}
            """;

    @TempDir
    Path dir;

    private final RecordedPlatform platform;
    private final CaptureCommands commands;

    CaptureCommandsTest() throws IOException {
        platform = new RecordedPlatform();
        commands = new CaptureCommands(platform.client());
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void captureStartSendsOnlyTheLimitsGivenAndSaysHowToStopAndSave() {
        platform.answer("POST /api/interfaces/smbus0/capture", RUNNING);

        String text = commands.start("smbus0", "1000", null, "60");

        assertThat(platform.bodies()).containsExactly("POST /api/interfaces/smbus0/capture {\"maxPackets\":1000,\"maxSeconds\":60}");
        assertThat(text).isEqualTo("""
                Capturing smbus0
                Id:        smbus0-20260131T120000.000Z
                Interface: smbus0
                File:      smbus0-20260131T120000.000Z.pcapng
                State:     RUNNING
                Started:   2026-01-31T12:00:00Z
                Packets:   0
                Bytes:     28
                Limits:    1000 packets, 60 s
                Stop it with `capture stop smbus0`, then save it with `capture get smbus0-20260131T120000.000Z`""");
    }

    @Test
    void captureStartWithoutLimitsSendsNoBody() {
        platform.answer("POST /api/interfaces/smbus0/capture", RUNNING);

        commands.start("smbus0", null, null, null);

        assertThat(platform.requests()).containsExactly("POST /api/interfaces/smbus0/capture");
        assertThat(platform.bodies()).isEmpty();
    }

    @Test
    void aLimitThatIsNotAWholePositiveNumberIsAUsageErrorAndNothingIsSent() {
        for (String[] bad : new String[][] {{"abc", null, null}, {null, "0", null}, {null, null, "-5"}, {"1.5", null, null}}) {
            assertThatThrownBy(() -> commands.start("smbus0", bad[0], bad[1], bad[2]))
                    .isInstanceOfSatisfying(CommandFailure.class, f -> {
                        assertThat(f.exitCode()).isEqualTo(CommandFailure.USAGE);
                        assertThat(f.getMessage()).matches("--(packets|bytes|seconds) takes a whole number from 1, e\\.g\\. .*; was '.*'");
                    });
        }
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void aSecondStartIsThePlatformsNoWithItsDetail() {
        platform.answer("POST /api/interfaces/smbus0/capture", 409, "application/problem+json", """
                {"title":"Capture already running","status":409,
                 "detail":"Interface smbus0 is being captured already (capture smbus0-20260131T120000.000Z); stop it with DELETE /api/interfaces/smbus0/capture, then start again"}
                """);

        assertThatThrownBy(() -> commands.start("smbus0", null, null, null)).isInstanceOfSatisfying(CommandFailure.class, f -> {
            assertThat(f.exitCode()).isEqualTo(CommandFailure.FAILED);
            assertThat(f).hasMessageStartingWith("Capture already running: Interface smbus0 is being captured already");
        });
    }

    @Test
    void captureStopShowsTheFinalCountAndWhyItStopped() {
        platform.answer("DELETE /api/interfaces/smbus0/capture", STOPPED);

        String text = commands.stop("smbus0");

        assertThat(text).contains("State:     STOPPED (PACKET_LIMIT)", "Stopped:   2026-01-31T12:00:42Z", "Packets:   1000",
                "Bytes:     96412").endsWith("Save it with `capture get smbus0-20260131T120000.000Z`");
    }

    @Test
    void capturesAreATableNewestFirstAsThePlatformListsThem() {
        platform.answer("GET /api/captures", "[" + STOPPED + ","
                + """
                {"id":"host0-20250102T030405.678Z","interface":"host0","file":"host0-20250102T030405.678Z.pcapng",
                 "startedAt":"2025-01-02T03:04:05.678Z","stoppedAt":"2025-01-02T03:09:00Z","packets":null,"bytes":188,
                 "state":"STOPPED","stopReason":null,"limits":null}]
                """);

        assertThat(commands.captures().lines()).containsExactly(
                "ID                           INTERFACE  STARTED               STOPPED               PACKETS  BYTES  STATE",
                "---------------------------  ---------  --------------------  --------------------  -------  -----  ----------------------",
                "smbus0-20260131T120000.000Z  smbus0     2026-01-31T12:00:00Z  2026-01-31T12:00:42Z     1000  96412  STOPPED (PACKET_LIMIT)",
                "host0-20250102T030405.678Z   host0      2025-01-02T03:04:05Z  2025-01-02T03:09:00Z        -    188  STOPPED",
                "2 captures");
    }

    @Test
    void noCapturesSaysHowToStartOne() {
        platform.answer("GET /api/captures", "[]");

        assertThat(commands.captures()).isEqualTo("No captures yet: start one with `capture start <interface>`.");
    }

    @Test
    void captureGetSavesTheBytesAsSentAndSaysHowToDecodeThem() throws IOException {
        byte[] pcapng = {0x0a, 0x0d, 0x0d, 0x0a, 0x1c, 0, 0, 0, (byte) 0x4d, 0x3c, 0x2b, 0x1a, (byte) 0xff, 0x7e};
        platform.answer("GET /api/captures/smbus0-20260131T120000.000Z/file", "application/x-pcapng", pcapng,
                Map.of("Content-Disposition", "attachment; filename=\"smbus0-20260131T120000.000Z.pcapng\""));
        Path out = dir.resolve("bus0.pcapng");

        String text = commands.get("smbus0-20260131T120000.000Z", out.toString());

        assertThat(out).hasBinaryContent(pcapng);
        assertThat(text).isEqualTo("Saved capture smbus0-20260131T120000.000Z to " + out + " (14 bytes); list it with `decode pcap "
                + out + "`");
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void captureGetOfAnUnknownIdLeavesNoFile() {
        platform.answer("GET /api/captures/nothing/file", 404, "application/problem+json",
                "{\"title\":\"Unknown capture\",\"status\":404,\"detail\":\"No capture 'nothing'; list them with GET /api/captures\"}");
        Path out = dir.resolve("x.pcapng");

        assertThatThrownBy(() -> commands.get("nothing", out.toString())).isInstanceOfSatisfying(CommandFailure.class, f -> {
            assertThat(f.exitCode()).isEqualTo(CommandFailure.FAILED);
            assertThat(f).hasMessage("Unknown capture: No capture 'nothing'; list them with GET /api/captures");
        });
        assertThat(out).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void captureGetNeverOverwritesAFileOrWritesIntoAMissingDirectoryOrTakesAPathAsId() throws IOException {
        Path existing = Files.writeString(dir.resolve("keep.pcapng"), "mine");

        assertThatThrownBy(() -> commands.get("smbus0-1", existing.toString()))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(CommandFailure.USAGE))
                .hasMessageContaining("exists already");
        assertThatThrownBy(() -> commands.get("smbus0-1", dir.resolve("no/such/dir.pcapng").toString()))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> commands.get("../../etc/passwd", null))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(CommandFailure.USAGE))
                .hasMessageContaining("is not a capture id");
        assertThat(existing).hasContent("mine");
        assertThat(platform.requests()).isEmpty();
    }
}
