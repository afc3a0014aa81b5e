package org.bmcplatform.sim.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.sim.VirtualBoard;
import org.bmcplatform.sim.fault.Fault;
import org.bmcplatform.sim.fault.FaultKind;
import org.bmcplatform.sim.fault.FaultPlan;
import org.bmcplatform.sim.fault.FaultTrigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code faults} list of a component (BOARD-FILE.md "faults"). */
class FaultBoardFileTest {

    /** {@link BoardFileTest#VALID} with {@code lines} after line 27 (nvme0's thermal), so they start at line 28. */
    static String withFaults(String... lines) {
        List<String> all = new ArrayList<>(Arrays.asList(BoardFileTest.VALID.split("\n", -1)));
        all.addAll(27, Arrays.asList(lines));
        return String.join("\n", all);
    }

    @Test
    void faultsBecomeThePlanOfTheirComponentSeededFromItsId() {
        BoardSpec spec = BoardFile.parse(withFaults(
                "    faults:",                                                        // 28
                "      - { kind: slow, every: 3, delay-ms: 280 }",                    // 29
                "      - { kind: corrupt, rate: 0.25, from-s: 10, until-s: 70.5 }",   // 30
                "      - kind: silent"), "f.yaml");                                   // 31

        FaultPlan plan = spec.faults("nvme0");

        assertThat(plan.seed()).isEqualTo(FaultPlan.seedFor("nvme0"));
        assertThat(plan.faults()).containsExactly(
                Fault.slow(Duration.ofMillis(280), new FaultTrigger.Every(3)),
                Fault.of(FaultKind.CORRUPT, new FaultTrigger.Rate(0.25)).during(Duration.ofSeconds(10), Optional.of(Duration.ofMillis(70_500))),
                Fault.of(FaultKind.SILENT, FaultTrigger.ALWAYS));
        assertThat(spec.faults("nvme1")).isEqualTo(FaultPlan.NONE);
    }

    @Test
    void virtualBoardAppliesTheBoardFilesPlans() {
        BoardSpec spec = BoardFile.parse(withFaults("    faults: [ { kind: wrong-instance-id, every: 2 } ]"), "f.yaml");

        try (VirtualBoard board = VirtualBoard.start(spec, new VirtualScheduler())) {
            assertThat(board.component("nvme0").faults().plan()).isEqualTo(spec.faults("nvme0"));
            assertThat(board.component("nvme1").faults().plan().isEmpty()).isTrue();
        }
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("unknown kind", withFaults("    faults:", "      - kind: flaky"), 29,
                        "components[0].faults[0].kind", "'flaky' is not a fault kind (silent, slow, corrupt, wrong-instance-id, truncated)"),
                Arguments.of("unknown key", withFaults("    faults:", "      - { kind: silent, often: yes }"), 29,
                        "components[0].faults[0].often", "unknown key; allowed here: delay-ms, every, from-s, kind, rate, until-s"),
                Arguments.of("rate and every", withFaults("    faults:", "      - { kind: silent, rate: 0.5, every: 2 }"), 29,
                        "components[0].faults[0].every", "give rate (a probability per reply) or every (every Nth reply), not both"),
                Arguments.of("rate above 1", withFaults("    faults:", "      - { kind: silent, rate: 1.5 }"), 29,
                        "components[0].faults[0].rate", "1.5 is out of range (0..1)"),
                Arguments.of("rate 0", withFaults("    faults:", "      - { kind: silent, rate: 0 }"), 29,
                        "components[0].faults[0].rate", "0 never fires"),
                Arguments.of("every 0", withFaults("    faults:", "      - { kind: truncated, every: 0 }"), 29,
                        "components[0].faults[0].every", "0 is not a count of replies (1..1000000; 1 = every reply)"),
                Arguments.of("slow without delay", withFaults("    faults:", "      - { kind: slow }"), 29,
                        "components[0].faults[0].delay-ms", "a slow fault needs delay-ms"),
                Arguments.of("delay on another kind", withFaults("    faults:", "      - { kind: corrupt, delay-ms: 10 }"), 29,
                        "components[0].faults[0].delay-ms", "only a slow fault takes a delay"),
                Arguments.of("delay too long", withFaults("    faults:", "      - { kind: slow, delay-ms: 70000 }"), 29,
                        "components[0].faults[0].delay-ms", "70000 is not a delay in ms (1..60000)"),
                Arguments.of("ends before it starts", withFaults("    faults:", "      - { kind: silent, from-s: 5, until-s: 5 }"), 29,
                        "components[0].faults[0].until-s", "the fault must end after it starts"),
                Arguments.of("kind twice", withFaults("    faults:", "      - kind: silent", "      - kind: silent"), 30,
                        "components[0].faults[1].kind", "silent is already given by faults[0]"),
                Arguments.of("not a list", withFaults("    faults: silent"), 28,
                        "components[0].faults", "expected a list"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void errorNamesFileLineAndField(String name, String text, int line, String field, String message) {
        assertThatThrownBy(() -> BoardFile.parse(text, "my-board.yaml"))
                .isInstanceOfSatisfying(BoardFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).startsWith("my-board.yaml:" + line + ": " + field + ": ").contains(message);
                });
    }
}
