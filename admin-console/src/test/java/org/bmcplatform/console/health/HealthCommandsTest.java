package org.bmcplatform.console.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.bmcplatform.console.platform.RecordedPlatform;
import org.bmcplatform.console.shell.CommandFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthCommandsTest {

    private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

    private final RecordedPlatform platform;
    private final HealthCommands commands;

    HealthCommandsTest() throws IOException {
        platform = new RecordedPlatform();
        commands = new HealthCommands(platform.client(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void readingsAreAskedForTheWindowAndShownAsATableInDegreesCelsius() {
        platform.answer("GET /api/components/3/readings", """
                {"componentId":"3","from":"2026-11-22T00:45:00Z","to":"2026-11-22T01:00:00Z",
                 "readings":[{"sensor":"temperature","value":36.25,"unit":"Cel","at":"2026-11-22T00:45:01.200Z"},
                             {"sensor":"temperature","value":36.5,"unit":"Cel","at":"2026-11-22T00:45:06Z"}]}
                """);

        String text = commands.readings("3", "temperature", "-15m", null, "2");

        assertThat(platform.requests()).containsExactly(
                "GET /api/components/3/readings?sensor=temperature&from=2026-11-22T00:45:00Z&limit=2");
        assertThat(text).isEqualTo("""
                Component 3, 2026-11-22T00:45:00Z to 2026-11-22T01:00:00Z
                AT                    SENSOR         VALUE
                --------------------  -----------  -------
                2026-11-22T00:45:01Z  temperature  36.3 °C
                2026-11-22T00:45:06Z  temperature  36.5 °C
                2 readings""");
    }

    @Test
    void emptyWindowSuggestsAWiderOne() {
        platform.answer("GET /api/components/3/readings",
                "{\"componentId\":3,\"from\":\"2026-11-22T00:00:00Z\",\"to\":\"2026-11-22T01:00:00Z\",\"readings\":[]}");

        assertThat(commands.readings("3", null, null, null, null)).endsWith("no readings in this window (try a wider one, e.g. --from=-1d)");
        assertThat(platform.requests()).containsExactly("GET /api/components/3/readings");
    }

    @Test
    void relativeAndIsoTimesAreResolvedAgainstTheClock() {
        HealthCommands.ReadingsQuery q = HealthCommands.query("5", " ", "-2h", "2026-11-22T00:30:00Z", null, NOW);

        assertThat(q).isEqualTo(new HealthCommands.ReadingsQuery(5, null, Instant.parse("2026-11-21T23:00:00Z"),
                Instant.parse("2026-11-22T00:30:00Z"), null));
    }

    @Test
    void badTimeSaysWhichFormsAreAccepted() {
        assertThatThrownBy(() -> HealthCommands.query("5", null, "yesterday", null, null, NOW))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(CommandFailure.USAGE))
                .hasMessageContaining("--from 'yesterday' is not a time").hasMessageContaining("-15m");
    }

    @Test
    void windowMustStartBeforeItEnds() {
        assertThatThrownBy(() -> HealthCommands.query("5", null, "-1h", "-2h", null, NOW))
                .hasMessageContaining("must be before --to");
    }

    @Test
    void limitMustBeAPositiveCount() {
        assertThatThrownBy(() -> HealthCommands.query("5", null, null, null, "ten", NOW)).hasMessageContaining("--limit 'ten'");
        assertThatThrownBy(() -> HealthCommands.query("5", null, null, null, "0", NOW)).hasMessageContaining("from 1 to");
        assertThat(HealthCommands.query("5", null, null, null, "10000", NOW).limit()).isEqualTo(HealthCommands.MAX_LIMIT);
    }

    @Test
    void nonNumericIdIsRejectedBeforeAnyRequest() {
        assertThatThrownBy(() -> commands.readings("abc", null, null, null, null)).hasMessageContaining("'abc' is not a component id");
        assertThat(platform.requests()).isEmpty();
    }
}
