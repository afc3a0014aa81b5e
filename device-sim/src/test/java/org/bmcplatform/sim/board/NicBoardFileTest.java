package org.bmcplatform.sim.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.bmcplatform.profiles.ncsi.SpeedDuplex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code ncsi-nic} component type of the board file (BOARD-FILE.md). */
class NicBoardFileTest {

    /** A valid board with one NIC; the error cases replace one line (1-based). */
    static final String VALID = String.join("\n",
            "board: { name: nic-test }",                                                               // 1
            "mctp: { network: 1, local-eid: 8, dynamic-eids: 9-30 }",                                  // 2
            "buses:",                                                                                  // 3
            "  - { name: pcc0, binding: pcc }",                                                        // 4
            "components:",                                                                             // 5
            "  - id: nic0",                                                                            // 6
            "    type: ncsi-nic",                                                                      // 7
            "    bus: pcc0",                                                                           // 8
            "    identity: { manufacturer: Intel, model: E810-XXVDA2, serial: ABC123, firmware: 4.40.1.0,", // 9
            "                part-number: E810XXVDA2, iana: 343, vendor-id: 0x8086, device-id: 0x159b,",  // 10
            "                subsystem-vendor-id: 0x8086, subsystem-id: 0x0003,",                      // 11
            "                uuid: 2c1d0e9f-8a7b-4c6d-9e5f-4a3b2c1d0e9f }",                            // 12
            "    thermal: { idle-celsius: 50, load-celsius: 70 }",                                     // 13
            "    ports:",                                                                              // 14
            "      - { port: 0, speed: 25G }",                                                         // 15
            "      - { port: 1, speed: 10G }",                                                         // 16
            "");

    static String replaceLine(int line, String text) {
        String[] lines = VALID.split("\n", -1);
        lines[line - 1] = text;
        return String.join("\n", lines);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("one port", replaceLine(16, ""), 15, "components[0].ports", "1 port(s); an ncsi-nic has 2 to 4"),
                Arguments.of("port out of range", replaceLine(16, "      - { port: 2, speed: 10G }"), 16,
                        "components[0].ports[1].port", "2 is not a port of a 2-port NIC (0..1)"),
                Arguments.of("port twice", replaceLine(16, "      - { port: 0, speed: 10G }"), 16,
                        "components[0].ports[1].port", "port 0 is already ports[0]"),
                Arguments.of("unknown speed", replaceLine(16, "      - { port: 1, speed: 30G }"), 16,
                        "components[0].ports[1].speed", "'30G' is not a port speed (10M, 100M, 1G, 2.5G, 10G, 20G, 25G, 40G, 50G, 100G)"),
                Arguments.of("link state", replaceLine(16, "      - { port: 1, speed: 10G, link: flapping }"), 16,
                        "components[0].ports[1].link", "'flapping' is not a link state (up or down)"),
                Arguments.of("flap longer than its period", replaceLine(16,
                        "      - { port: 1, speed: 10G, link-flap: { period-s: 10, down-s: 10 } }"), 16,
                        "components[0].ports[1].link-flap.down-s", "10 is not shorter than period-s 10"),
                Arguments.of("flap period too short", replaceLine(16,
                        "      - { port: 1, speed: 10G, link-flap: { period-s: 0.5, down-s: 0.1 } }"), 16,
                        "components[0].ports[1].link-flap.period-s", "0.5 is out of range (1..86400)"),
                Arguments.of("a down link cannot flap", replaceLine(16,
                        "      - { port: 1, speed: 10G, link: down, link-flap: { period-s: 10, down-s: 1 } }"), 16,
                        "components[0].ports[1].link-flap", "only a link that is up can flap"),
                Arguments.of("unknown port key", replaceLine(16, "      - { port: 1, speed: 10G, mac: 00:11:22:33:44:55 }"), 16,
                        "components[0].ports[1].mac", "unknown key"),
                Arguments.of("unknown variant", replaceLine(7, "    type: ncsi-nic\n    variant: old-firmware"), 8,
                        "components[0].variant", "'old-firmware' is not a NIC variant (renumbered-sensors, ib-mode, ncsi-1.0, padded-firmware-name)"),
                Arguments.of("variant twice", replaceLine(7, "    type: ncsi-nic\n    variant: [ib-mode, ib-mode]"), 8,
                        "components[0].variant", "'ib-mode' is listed twice"),
                Arguments.of("package id", replaceLine(7, "    type: ncsi-nic\n    package-id: 8"), 8,
                        "components[0].package-id", "8 is not an NC-SI package ID (0..7)"),
                Arguments.of("firmware not a GVI version", replaceLine(9,
                        "    identity: { manufacturer: Intel, model: E810-XXVDA2, serial: ABC123, firmware: 4.40.1000,"), 9,
                        "components[0].identity.firmware", "'4.40.1000' is not a firmware version Get Version ID can carry"),
                Arguments.of("firmware name too long", replaceLine(11,
                        "                subsystem-vendor-id: 0x8086, subsystem-id: 0x0003, firmware-name: ICE-NCSI-4.40.1,"), 11,
                        "components[0].identity.firmware-name", "is longer than 12 characters"),
                Arguments.of("PCI id too wide", replaceLine(11, "                subsystem-vendor-id: 0x18086, subsystem-id: 0x0003,"), 11,
                        "components[0].identity.subsystem-vendor-id", "0x18086 is not a PCI ID (0x0000..0xffff)"),
                Arguments.of("iana missing", replaceLine(10, "                part-number: E810XXVDA2, vendor-id: 0x8086, device-id: 0x159b,"), 9,
                        "components[0].identity.iana", "required field is missing"),
                Arguments.of("thermal missing", replaceLine(13, ""), 6, "components[0].thermal", "required"),
                Arguments.of("hba keys do not apply", replaceLine(7, "    type: ncsi-nic\n    drives: []"), 8,
                        "components[0].drives", "unknown key"),
                Arguments.of("bus owned by the component", replaceLine(4, "  - { name: pcc0, binding: serial, role: endpoint }"), 8,
                        "components[0].bus", "an ncsi-nic waits for Set Endpoint ID from the bus owner"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void errorNamesFileLineAndField(String name, String text, int line, String field, String message) {
        assertThatThrownBy(() -> BoardFile.parse(text, "nic.yaml"))
                .isInstanceOfSatisfying(BoardFileException.class, e -> {
                    assertThat(e.getMessage()).contains(message);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith("nic.yaml:" + line + ": " + field + ": ");
                });
    }

    @Test
    void validNicParsesWithItsDefaults() {
        NcsiNicSpec nic = BoardFile.parse(VALID, "nic.yaml").nic("nic0");

        assertThat(nic.type()).isEqualTo(ComponentSpec.NCSI_NIC);
        assertThat(nic.identity()).isEqualTo(new NcsiNicSpec.Identity("Intel", "E810-XXVDA2", "ABC123", "4.40.1.0", "E810XXVDA2",
                "4.40.1.0", 343, 0x8086, 0x159b, 0x8086, 0x0003, 0x04280100L, UUID.fromString("2c1d0e9f-8a7b-4c6d-9e5f-4a3b2c1d0e9f")));
        assertThat(nic.packageId()).isZero();
        assertThat(nic.variants()).isEmpty();
        assertThat(nic.thermal().warningCelsius()).isEqualTo(95);
        assertThat(nic.thermal().criticalCelsius()).isEqualTo(105);
        assertThat(nic.ports()).containsExactly(
                new NicPortSpec(0, SpeedDuplex.GBPS_25, true, true, Optional.empty()),
                new NicPortSpec(1, SpeedDuplex.BASE_T_10G, true, true, Optional.empty()));
        assertThat(nic.turnaround()).isEqualTo(ComponentSpec.DEFAULT_TURNAROUND);
    }

    @Test
    void singleVariantMayBeWrittenWithoutAList() {
        NcsiNicSpec nic = BoardFile.parse(replaceLine(7, "    type: ncsi-nic\n    variant: ncsi-1.0"), "nic.yaml").nic("nic0");

        assertThat(nic.variants()).containsExactly(NicVariant.NCSI_1_0);
    }

    @Test
    void firmwareVersionPacksOneBytePerNumberHighBytesFirst() {
        assertThat(NicReader.firmwareVersion("22.31.10.14")).hasValue(0x161F0A0EL);
        assertThat(NicReader.firmwareVersion("7.2")).hasValue(0x07020000L);
        assertThat(NicReader.firmwareVersion("1.2.3.4.5")).isEmpty();
        assertThat(NicReader.firmwareVersion("v1.2")).isEmpty();
    }

    @Test
    void exampleBoardHasADefaultNicAndARenumberedQuadPortNic() {
        BoardSpec spec = BoardFile.load(Path.of("src/test/resources/boards/ncsi-nic.yaml"));
        NcsiNicSpec nic0 = spec.nic("nic0");
        NcsiNicSpec nic1 = spec.nic("nic1");

        assertThat(spec.nics()).containsExactly(nic0, nic1);
        assertThat(nic0.turnaround()).isEqualTo(Duration.ofNanos(300_000));
        assertThat(nic0.identity().firmwareName()).isEqualTo("mlx26.36");
        assertThat(nic0.identity().manufacturerIana()).isEqualTo(0x8119);
        assertThat(nic0.port(1).orElseThrow().flap()).hasValue(new NicPortSpec.LinkFlap(Duration.ofSeconds(30), Duration.ofSeconds(5)));
        assertThat(nic1.packageId()).isEqualTo(1);
        assertThat(nic1.variants()).isEqualTo(Set.of(NicVariant.RENUMBERED_SENSORS, NicVariant.PADDED_FIRMWARE_NAME));
        assertThat(nic1.ports()).extracting(NicPortSpec::linkUp).containsExactly(true, true, false, true);
        assertThat(nic1.ports()).extracting(NicPortSpec::transceiver).containsExactly(true, true, true, false);
        assertThat(nic1.identity().firmwareVersion()).isEqualTo(0xE5017B00L);
    }
}
