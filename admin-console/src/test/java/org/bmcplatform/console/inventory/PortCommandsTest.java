package org.bmcplatform.console.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.bmcplatform.console.platform.RecordedPlatform;
import org.bmcplatform.console.shell.CommandFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PortCommandsTest {

    private final RecordedPlatform platform;
    private final PortCommands commands;

    PortCommandsTest() throws IOException {
        platform = new RecordedPlatform();
        commands = new PortCommands(platform.client(), Clock.fixed(Instant.parse("2026-12-06T22:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void eachChangeLastsUntilTheNextAndTheNewestUntilNow() {
        platform.answer("GET /api/components/20/ports/1/history", """
                [{"at":"2026-12-06T21:59:00Z","link":"UP","speedMbps":25000},
                 {"at":"2026-12-06T21:58:30Z","link":"DOWN","speedMbps":0},
                 {"at":"2026-12-06T19:00:00Z","link":"UP","speedMbps":25000}]
                """);

        String text = commands.history("20", "1", "5");

        assertThat(platform.requests()).containsExactly("GET /api/components/20/ports/1/history?limit=5");
        assertThat(text.lines()).containsExactly(
                "Component 20 port 1, newest first",
                "SINCE                 LINK  SPEED    LASTED",
                "--------------------  ----  -------  ---------------",
                "2026-12-06T21:59:00Z  UP    25 Gb/s  1 min (current)",
                "2026-12-06T21:58:30Z  DOWN  -        30 s",
                "2026-12-06T19:00:00Z  UP    25 Gb/s  2 h 58 min",
                "3 changes");
    }

    @Test
    void noHistoryYetSaysSo() {
        platform.answer("GET /api/components/20/ports/0/history", "[]");

        assertThat(commands.history("20", "0", null)).isEqualTo("Component 20 port 0, newest first: no change recorded yet");
    }

    @Test
    void aBadPortOrLimitIsAUsageErrorBeforeAnyRequest() {
        assertThatThrownBy(() -> commands.history("20", "eth0", null))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(CommandFailure.USAGE))
                .hasMessage("'eth0' is not a port: ports are numbered from 0; `component 20` lists them");
        assertThatThrownBy(() -> commands.history("20", null, null)).hasMessageContaining("`port history 20 <port>`");
        assertThatThrownBy(() -> commands.history("20", "1", "0")).hasMessageContaining("from 1 to 1000");
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void anUnknownPortShowsTheServersProblem() {
        platform.answer("GET /api/components/20/ports/9/history", 404, "application/problem+json",
                "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Component 20 has no port 9; list its ports with GET /api/components/20/ports\"}");

        assertThatThrownBy(() -> commands.history("20", "9", null)).hasMessageContaining("has no port 9");
    }

    @Test
    void durationsUseTheirTwoLargestUnits() {
        assertThat(PortCommands.duration(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(PortCommands.duration(Duration.ofSeconds(200))).isEqualTo("3 min 20 s");
        assertThat(PortCommands.duration(Duration.ofSeconds(7_500))).isEqualTo("2 h 5 min");
        assertThat(PortCommands.duration(Duration.ofSeconds(273_600))).isEqualTo("3 d 4 h");
        assertThat(PortCommands.duration(Duration.ofSeconds(-3))).isEqualTo("0 s");
    }
}
