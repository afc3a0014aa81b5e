package org.bmcplatform.console.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.bmcplatform.console.platform.RecordedPlatform;
import org.bmcplatform.console.shell.CommandFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulationCommandsTest {

    private static final String ONE_FAULT = """
            {"simId":"nvme2","present":true,"seed":7,"faults":[{"kind":"corrupt","rate":null,"every":2,"delayMs":null,"fromSeconds":0.0,"untilSeconds":null}],
             "appliedSecondsAgo":12.25,"replies":40,"injected":{"corrupt":20},"failures":0}
            """;

    private final RecordedPlatform platform;
    private final SimulationCommands commands;

    SimulationCommandsTest() throws IOException {
        platform = new RecordedPlatform();
        commands = new SimulationCommands(platform.client());
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void faultsShowEachFaultWithItsHits() {
        platform.answer("GET /api/simulation/components/nvme2/faults", ONE_FAULT);

        assertThat(commands.faults("nvme2").lines()).containsExactly(
                "nvme2: seed 7, applied 12.3 s ago, 40 replies since",
                "KIND     HITS     DELAY  ACTIVE  INJECTED",
                "-------  -------  -----  ------  --------",
                "corrupt  every 2  -      always        20",
                "1 fault");
    }

    @Test
    void noFaultsSaysHowToAddOne() {
        platform.answer("GET /api/simulation/components/nvme2/faults", """
                {"simId":"nvme2","present":false,"seed":1,"faults":[],"appliedSecondsAgo":1,"replies":0,"injected":{},"failures":0}
                """);

        assertThat(commands.faults("nvme2")).isEqualTo("nvme2 (unplugged): no faults; add one with `sim fault nvme2 <kind>`");
    }

    @Test
    void faultAddsToThePlanKeepingTheOthersAndTheSeed() {
        platform.answer("GET /api/simulation/components/nvme2/faults", ONE_FAULT);
        platform.answer("PUT /api/simulation/components/nvme2/faults", ONE_FAULT);

        commands.fault("nvme2", "slow", "0.5", null, "280");

        assertThat(platform.bodies()).containsExactly("PUT /api/simulation/components/nvme2/faults "
                + "{\"seed\":7,\"faults\":[{\"kind\":\"corrupt\",\"every\":2},{\"kind\":\"slow\",\"rate\":0.5,\"delayMs\":280}]}");
    }

    @Test
    void faultOfAKindAlreadyThereReplacesIt() {
        platform.answer("GET /api/simulation/components/nvme2/faults", ONE_FAULT);
        platform.answer("PUT /api/simulation/components/nvme2/faults", ONE_FAULT);

        commands.fault("nvme2", "CORRUPT", null, "3", null);

        assertThat(platform.bodies()).containsExactly("PUT /api/simulation/components/nvme2/faults "
                + "{\"seed\":7,\"faults\":[{\"kind\":\"corrupt\",\"every\":3}]}");
    }

    @Test
    void clearFaultsDeletesThePlan() {
        platform.answer("DELETE /api/simulation/components/nvme2/faults", """
                {"simId":"nvme2","present":true,"seed":7,"faults":[],"appliedSecondsAgo":0,"replies":0,"injected":{},"failures":0}
                """);

        assertThat(commands.clearFaults("nvme2")).isEqualTo("nvme2: no faults; add one with `sim fault nvme2 <kind>`");
        assertThat(platform.requests()).containsExactly("DELETE /api/simulation/components/nvme2/faults");
    }

    @Test
    void healthHoldsAStateOrShowsTheOneNow() {
        platform.answer("POST /api/simulation/components/hba0/health/upper-critical", """
                {"hba":"hba0","state":"upper-critical","value":7,"held":true}
                """);
        platform.answer("GET /api/simulation/components/hba0/health", """
                {"hba":"hba0","state":"normal","value":1,"held":false}
                """);

        assertThat(commands.health("hba0", "Upper-Critical"))
                .isEqualTo("hba0 controller health: upper-critical (7), held; `sim health hba0 auto` follows the temperature again");
        assertThat(commands.health("hba0", "")).isEqualTo("hba0 controller health: normal (1), from the controller temperature");
        assertThat(platform.requests()).containsExactly("POST /api/simulation/components/hba0/health/upper-critical",
                "GET /api/simulation/components/hba0/health");
    }

    @Test
    void unplugAndPlugSayWhereTheComponentSits() {
        platform.answer("POST /api/simulation/components/nvme7/unplug", """
                {"id":"nvme7","bus":"smbus1","address":32,"slot":"Bay 7","present":false}
                """);
        platform.answer("POST /api/simulation/components/host-fw/plug", """
                {"id":"host-fw","bus":"host0","address":-1,"slot":"","present":true}
                """);

        assertThat(commands.unplug("nvme7")).isEqualTo("nvme7 unplugged at smbus1@0x20 (Bay 7)");
        assertThat(commands.plug("host-fw")).isEqualTo("host-fw plugged in at host0");
    }

    @Test
    void firmwareShowsTheRevisionAndActivatesANewOneWithAReset() {
        platform.answer("GET /api/simulation/components/nvme5/firmware", """
                {"id":"nvme5","revision":"9CV10480","present":true}
                """);
        platform.answer("POST /api/simulation/components/nvme5/firmware", """
                {"id":"nvme5","revision":"9CV10510","present":true}
                """);

        assertThat(commands.firmware("nvme5", null)).isEqualTo("nvme5 runs firmware 9CV10480");
        assertThat(commands.firmware("nvme5", "9CV10510"))
                .isEqualTo("nvme5 activated firmware 9CV10510 and reset; the platform finds it again at its next discovery");
        assertThat(platform.requests()).containsExactly("GET /api/simulation/components/nvme5/firmware",
                "POST /api/simulation/components/nvme5/firmware");
    }

    @Test
    void firmwareRevisionTooLongForADriveIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> commands.firmware("nvme5", "9CV10510-LONG"))
                .hasMessageContaining("1 to 8 printable ASCII characters").hasMessageContaining("sim firmware <simId> [<revision>]");
        assertThat(platform.requests()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", value = {
            "unknown kind | nvme2 | flaky | - | - | - | 'flaky' is not a fault kind: give one of silent, slow, corrupt, wrong-instance-id, truncated",
            "rate and every | nvme2 | silent | 0.5 | 2 | - | give --rate (a probability per reply) or --every (every Nth reply), not both",
            "rate above 1 | nvme2 | silent | 1.5 | - | - | --rate '1.5' is not a probability: give a number above 0 and at most 1, e.g. 0.5",
            "every 0 | nvme2 | silent | - | 0 | - | --every '0' is not a count of replies: give a whole number from 1 to 1000000",
            "slow without delay | nvme2 | slow | - | - | - | a slow fault needs --delay-ms, e.g. --delay-ms 280",
            "delay not a number | nvme2 | slow | - | - | soon | --delay-ms 'soon' is not a delay: give a whole number of ms from 1 to 60000",
            "delay on corrupt | nvme2 | corrupt | - | - | 10 | only a slow fault takes --delay-ms",
            "no kind | nvme2 | - | - | - | - | give a fault kind after the id (silent, slow, corrupt, wrong-instance-id, truncated)",
            "no id | - | silent | - | - | - | give the simulated component's id (its board-file id, e.g. nvme0)",
            "bad id | NVMe 2 | silent | - | - | - | 'NVMe 2' is not a simulated component id: ids are board-file ids such as nvme0 or hba0"})
    void badArgumentsAreUsageErrorsAndSendNothing(String name, String simId, String kind, String rate, String every, String delay,
                                                   String message) {
        assertThatThrownBy(() -> commands.fault(simId, kind, rate, every, delay))
                .isInstanceOfSatisfying(CommandFailure.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(CommandFailure.USAGE);
                    assertThat(e.getMessage()).startsWith(message);
                });
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void theServersProblemIsAFailureWithItsDetail() {
        platform.answer("GET /api/simulation/components/nvme2/faults", 409, "application/problem+json",
                "{\"title\":\"Not a virtual board\",\"status\":409,\"detail\":\"Board rack runs real hardware; faults exist only on simulated components\"}");

        assertThatThrownBy(() -> commands.faults("nvme2")).isInstanceOfSatisfying(CommandFailure.class, e -> {
            assertThat(e.exitCode()).isEqualTo(CommandFailure.FAILED);
            assertThat(e.getMessage()).isEqualTo("Not a virtual board: Board rack runs real hardware; faults exist only on simulated components");
        });
    }
}
