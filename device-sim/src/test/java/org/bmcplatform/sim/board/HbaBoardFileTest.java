package org.bmcplatform.sim.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code pldm-hba} component type of the board file (BOARD-FILE.md). */
class HbaBoardFileTest {

    /** A valid board with one HBA; the error cases replace one line (1-based). */
    static final String VALID = String.join("\n",
            "board: { name: hba-test }",                                                              // 1
            "mctp: { network: 1, local-eid: 8, dynamic-eids: 9-30 }",                                 // 2
            "buses:",                                                                                 // 3
            "  - { name: pcc0, binding: pcc }",                                                       // 4
            "components:",                                                                            // 5
            "  - id: hba0",                                                                           // 6
            "    type: pldm-hba",                                                                     // 7
            "    bus: pcc0",                                                                          // 8
            "    identity: { manufacturer: Broadcom, model: HBA 9600-16i, serial: SP0001, firmware: 8.1.0.0,", // 9
            "                part-number: 05-50111-00, uuid: 0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9 }", // 10
            "    thermal: { idle-celsius: 50, load-celsius: 70 }",                                    // 11
            "    drives:",                                                                            // 12
            "      - { slot: 0, model: ST8000NM017B, serial: WSD0001, firmware: SN05 }",              // 13
            "      - { slot: 1, model: ST8000NM017B, serial: WSD0002, firmware: SN05 }",              // 14
            "      - { slot: 2, model: ST8000NM017B, serial: WSD0003, firmware: SN05 }",              // 15
            "      - { slot: 3, model: ST8000NM017B, serial: WSD0004, firmware: SN05 }",              // 16
            "");

    static String replaceLine(int line, String text) {
        String[] lines = VALID.split("\n", -1);
        lines[line - 1] = text;
        return String.join("\n", lines);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("three drives", replaceLine(16, ""), 13, "components[0].drives",
                        "3 drive(s); a pldm-hba carries 4 to 8"),
                Arguments.of("slot taken twice", replaceLine(16, "      - { slot: 1, model: X, serial: WSD0004, firmware: SN05 }"), 16,
                        "components[0].drives[3].slot", "slot 1 is already taken by drives[1]"),
                Arguments.of("serial twice", replaceLine(16, "      - { slot: 3, model: X, serial: WSD0001, firmware: SN05 }"), 16,
                        "components[0].drives[3].serial", "serial WSD0001 is already the serial of drives[0]"),
                Arguments.of("slot out of range", replaceLine(16, "      - { slot: 300, model: X, serial: WSD0004, firmware: SN05 }"), 16,
                        "components[0].drives[3].slot", "300 is not a drive slot (0..254)"),
                Arguments.of("unknown drive key", replaceLine(16, "      - { slot: 3, model: X, serial: WSD0004, firmware: SN05, rpm: 7200 }"), 16,
                        "components[0].drives[3].rpm", "unknown key"),
                Arguments.of("firmware too long", replaceLine(16, "      - { slot: 3, model: X, serial: WSD0004, firmware: SN05SN05SN05 }"), 16,
                        "components[0].drives[3].firmware", "is longer than 8 characters"),
                Arguments.of("drive too cold", replaceLine(16,
                        "      - { slot: 3, model: X, serial: WSD0004, firmware: SN05, thermal: { idle-celsius: 10, load-celsius: 40 } }"), 16,
                        "components[0].drives[3].thermal.idle-celsius", "10 is below the ambient 25 °C"),
                Arguments.of("resolution", replaceLine(7, "    type: pldm-hba\n    temperature-resolution: 0.25"), 8,
                        "components[0].temperature-resolution", "0.25 is out of range (0.5..1)"),
                Arguments.of("resolution not a step", replaceLine(7, "    type: pldm-hba\n    temperature-resolution: 0.75"), 8,
                        "components[0].temperature-resolution", "0.75 is not a sensor resolution (1 or 0.5 °C)"),
                Arguments.of("thermal missing", replaceLine(11, ""), 6, "components[0].thermal", "required"),
                Arguments.of("critical below warning", replaceLine(11,
                        "    thermal: { idle-celsius: 50, load-celsius: 70, warning-celsius: 100, critical-celsius: 90 }"), 11,
                        "components[0].thermal.critical-celsius", "90 is below warning-celsius 100"),
                Arguments.of("vendor-id is not an HBA identity field", replaceLine(10,
                        "                part-number: 05-50111-00, vendor-id: 0x1000, uuid: 0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9 }"), 10,
                        "components[0].identity.vendor-id", "unknown key"),
                Arguments.of("endpoint keys do not apply", replaceLine(7, "    type: pldm-hba\n    static-eid: 0x20"), 8,
                        "components[0].static-eid", "unknown key"),
                Arguments.of("bus owned by the component", replaceLine(4, "  - { name: pcc0, binding: serial, role: endpoint }"), 8,
                        "components[0].bus", "a pldm-hba waits for Set Endpoint ID from the bus owner"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void errorNamesFileLineAndField(String name, String text, int line, String field, String message) {
        assertThatThrownBy(() -> BoardFile.parse(text, "hba.yaml"))
                .isInstanceOfSatisfying(BoardFileException.class, e -> {
                    assertThat(e.getMessage()).contains(message);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith("hba.yaml:" + line + ": " + field + ": ");
                });
    }

    @Test
    void validHbaParsesWithItsDefaults() {
        PldmHbaSpec hba = BoardFile.parse(VALID, "hba.yaml").hba("hba0");

        assertThat(hba.type()).isEqualTo(ComponentSpec.PLDM_HBA);
        assertThat(hba.identity()).isEqualTo(new PldmHbaSpec.Identity("Broadcom", "HBA 9600-16i", "SP0001", "8.1.0.0", "05-50111-00",
                UUID.fromString("0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9")));
        assertThat(hba.temperatureResolution()).isEqualTo(1.0);
        assertThat(hba.thermal().warningCelsius()).isEqualTo(95);
        assertThat(hba.thermal().criticalCelsius()).isEqualTo(105);
        assertThat(hba.drives()).hasSize(4).allSatisfy(d -> {
            assertThat(d.present()).isTrue();
            assertThat(d.manufacturer()).isEmpty();
            assertThat(d.capacityGb()).isZero();
            assertThat(d.thermal().idleCelsius()).isEqualTo(35);
            assertThat(d.thermal().warningCelsius()).isEqualTo(55);
            assertThat(d.thermal().criticalCelsius()).isEqualTo(60);
        });
        assertThat(hba.turnaround()).isEqualTo(ComponentSpec.DEFAULT_TURNAROUND);
    }

    @Test
    void exampleBoardHasSixDrivesOneOfThemNotCabled() {
        BoardSpec spec = BoardFile.load(Path.of("src/test/resources/boards/pldm-hba.yaml"));
        PldmHbaSpec hba = spec.hba("hba0");

        assertThat(hba.address()).isEqualTo(0x40);
        assertThat(hba.temperatureResolution()).isEqualTo(0.5);
        assertThat(hba.turnaround()).isEqualTo(Duration.ofNanos(500_000));
        assertThat(hba.drives()).extracting(HbaDriveSpec::slot).containsExactly(0, 1, 2, 3, 5, 6);
        assertThat(hba.drive(6).orElseThrow().present()).isFalse();
        assertThat(hba.drive(5).orElseThrow().firmware()).isEqualTo("0104");
        assertThat(hba.drive(2).orElseThrow().thermal().warningCelsius()).isEqualTo(58);
        assertThat(hba.drive(0).orElseThrow().capacityGb()).isEqualTo(16000);
        assertThat(spec.components()).extracting(ComponentSpec::uuid).containsExactly(hba.uuid());
    }
}
