package org.bmcplatform.sim.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.sim.fault.FaultKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BoardFileTest {

    /** A small valid board; the error cases replace one line of it (line numbers are 1-based). */
    static final String VALID = String.join("\n",
            "board:",                                               // 1
            "  name: test-board",                                   // 2
            "mctp:",                                                // 3
            "  network: 1",                                         // 4
            "  local-eid: 8",                                       // 5
            "  dynamic-eids: 9-254",                                // 6
            "environment:",                                         // 7
            "  ambient-celsius: 24",                                // 8
            "buses:",                                               // 9
            "  - name: smbus0",                                     // 10
            "    clock-khz: 100",                                   // 11
            "    address: 0x10",                                    // 12
            "components:",                                          // 13
            "  - id: nvme0",                                        // 14
            "    type: nvme-drive",                                 // 15
            "    bus: smbus0",                                      // 16
            "    address: 0x1d",                                    // 17
            "    slot: Bay 0",                                      // 18
            "    identity:",                                        // 19
            "      manufacturer: Samsung",                          // 20
            "      model: SAMSUNG MZQL23T8HDLA-00B7C",              // 21
            "      serial: S6EXNA0W601284",                         // 22
            "      firmware: GDC7302Q",                             // 23
            "      part-number: MZQL23T8HDLA-00B7C",                // 24
            "      vendor-id: 0x144d",                              // 25
            "      uuid: f4e49add-1709-4fc1-9752-ed6c13ab9d5f",     // 26
            "    thermal: { idle-celsius: 34, load-celsius: 55 }",  // 27
            "  - id: nvme1",                                        // 28
            "    type: nvme-drive",                                 // 29
            "    bus: smbus0",                                      // 30
            "    address: 0x1e",                                    // 31
            "    identity:",                                        // 32
            "      manufacturer: KIOXIA",                           // 33
            "      model: KIOXIA KCD81RUG3T84",                     // 34
            "      serial: 33J0A04ET7N8",                           // 35
            "      firmware: '0109'",                               // 36
            "      part-number: KCD81RUG3T84",                      // 37
            "      vendor-id: 0x1e0f",                              // 38
            "      uuid: 7e7c54d8-e3c1-4e8a-b79f-76139f7dd286",     // 39
            "    thermal: { idle-celsius: 33, load-celsius: 52 }",  // 40
            "    quirks: [rejects-nonzero-cntid]",                  // 41
            "    turnaround-us: 400",                               // 42
            "");

    static String replaceLine(int line, String text) {
        String[] lines = VALID.split("\n", -1);
        lines[line - 1] = text;
        return String.join("\n", lines);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("address above 7 bits", replaceLine(31, "    address: 0x9a"), 31,
                        "components[1].address", "my-board.yaml:31: components[1].address: 0x9a is not a 7-bit address (0x08..0x77)"),
                Arguments.of("reserved address", replaceLine(17, "    address: 0x03"), 17,
                        "components[0].address", "0x03 is not a 7-bit address (0x08..0x77)"),
                Arguments.of("address not a number", replaceLine(17, "    address: thirty"), 17,
                        "components[0].address", "thirty is not a number"),
                Arguments.of("duplicate address on a bus", replaceLine(31, "    address: 0x1d"), 31,
                        "components[1].address", "0x1d is already used on smbus0"),
                Arguments.of("platform's own address", replaceLine(31, "    address: 0x10"), 31,
                        "components[1].address", "0x10 is the platform's own address on smbus0"),
                Arguments.of("duplicate id", replaceLine(28, "  - id: nvme0"), 28,
                        "components[1].id", "duplicate component id 'nvme0'"),
                Arguments.of("unknown bus", replaceLine(30, "    bus: smbus9"), 30,
                        "components[1].bus", "unknown bus 'smbus9'; buses: smbus0"),
                Arguments.of("unknown key in a component", replaceLine(18, "    colour: blue"), 18,
                        "components[0].colour", "unknown key; allowed here:"),
                Arguments.of("unknown top-level key", replaceLine(7, "enviroment:"), 7,
                        "enviroment", "unknown key; allowed here: board, buses, components, environment, mctp"),
                Arguments.of("missing identity field", replaceLine(22, "      # serial forgotten"), 20,
                        "components[0].identity.serial", "required field is missing"),
                Arguments.of("missing board name", replaceLine(2, "  name:"), 2,
                        "board.name", "required field is missing"),
                Arguments.of("clock not standard", replaceLine(11, "    clock-khz: 250"), 11,
                        "buses[0].clock-khz", "250 is not an SMBus clock (100, 400 or 1000 kHz)"),
                Arguments.of("dynamic range reversed", replaceLine(6, "  dynamic-eids: 200-100"), 6,
                        "mctp.dynamic-eids", "200-100 is empty: the first EID is above the last"),
                Arguments.of("dynamic range outside unicast", replaceLine(6, "  dynamic-eids: 2-300"), 6,
                        "mctp.dynamic-eids", "2-300 is outside the unicast EIDs (8..254)"),
                Arguments.of("dynamic range holds the local EID", replaceLine(6, "  dynamic-eids: 8-254"), 6,
                        "mctp.dynamic-eids", "8-254 contains the local EID 8"),
                Arguments.of("dynamic range not a range", replaceLine(6, "  dynamic-eids: lots"), 6,
                        "mctp.dynamic-eids", "lots is not an EID range; write first-last, e.g. 9-254"),
                Arguments.of("reserved local EID", replaceLine(5, "  local-eid: 3"), 5,
                        "mctp.local-eid", "3 is not a unicast EID (8..254)"),
                Arguments.of("vendor id too wide", replaceLine(25, "      vendor-id: 0x1144d"), 25,
                        "components[0].identity.vendor-id", "0x1144d is not a PCI vendor ID (0x0000..0xffff)"),
                Arguments.of("bad uuid", replaceLine(26, "      uuid: not-a-uuid"), 26,
                        "components[0].identity.uuid", "not-a-uuid is not a UUID"),
                Arguments.of("duplicate uuid", replaceLine(39, "      uuid: f4e49add-1709-4fc1-9752-ed6c13ab9d5f"), 39,
                        "components[1].identity.uuid", "duplicate UUID f4e49add-1709-4fc1-9752-ed6c13ab9d5f"),
                Arguments.of("serial too long", replaceLine(22, "      serial: S6EXNA0W601284S6EXNA0W601284"), 22,
                        "components[0].identity.serial", "is longer than 20 characters"),
                Arguments.of("one-character VPD field", replaceLine(21, "      model: M"), 21,
                        "components[0].identity.model", "'M' is one character; the drive's VPD (IPMI FRU) cannot store that"),
                Arguments.of("unknown quirk", replaceLine(41, "    quirks: [sleeps-on-tuesdays]"), 41,
                        "components[1].quirks[0]", "unknown quirk 'sleeps-on-tuesdays'; known: ctemp-controller-only, rejects-nonzero-cntid"),
                Arguments.of("load below idle", replaceLine(27, "    thermal: { idle-celsius: 34, load-celsius: 30 }"), 27,
                        "components[0].thermal.load-celsius", "30 is below idle-celsius 34"),
                Arguments.of("idle below ambient", replaceLine(27, "    thermal: { idle-celsius: 20, load-celsius: 30 }"), 27,
                        "components[0].thermal.idle-celsius", "20 is below the ambient 24 °C"),
                Arguments.of("turnaround above MT1", replaceLine(42, "    turnaround-us: 250000"), 42,
                        "components[1].turnaround-us", "250000 is not a turnaround in µs (0..100000, DSP0237 MT1)"),
                Arguments.of("unknown component type", replaceLine(15, "    type: toaster"), 15,
                        "components[0].type", "'toaster' is not a component type (mctp-endpoint, ncsi-nic, nvme-drive, pldm-hba)"),
                Arguments.of("duplicate key", replaceLine(18, "    bus: smbus0"), 18,
                        "components[0].bus", "duplicate key"),
                Arguments.of("not a mapping", replaceLine(27, "    thermal: 42"), 27,
                        "components[0].thermal", "expected a mapping of key: value"),
                Arguments.of("reset down time not shorter than its period", replaceLine(42, "    resets: { period-s: 60, down-s: 60 }"), 42,
                        "components[1].resets.down-s", "60 is not shorter than period-s 60"),
                Arguments.of("reset period below a second", replaceLine(42, "    resets: { period-s: 0.5, down-s: 0.1 }"), 42,
                        "components[1].resets.period-s", "0.5"),
                Arguments.of("unknown key in resets", replaceLine(42, "    resets: { every-s: 60, down-s: 5 }"), 42,
                        "components[1].resets.every-s", "unknown key"),
                Arguments.of("broken YAML", replaceLine(20, "      manufacturer: [Samsung"), 21,
                        "", "not valid YAML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void errorNamesFileLineAndField(String name, String text, int line, String field, String message) {
        assertThatThrownBy(() -> BoardFile.parse(text, "my-board.yaml"))
                .isInstanceOfSatisfying(BoardFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("my-board.yaml");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                    assertThat(e.getMessage()).startsWith("my-board.yaml:" + line + ": " + (field.isEmpty() ? "" : field + ": "));
                });
    }

    @Test
    void validBoardParsesEveryField() {
        BoardSpec spec = BoardFile.parse(VALID, "test.yaml");

        assertThat(spec.name()).isEqualTo("test-board");
        assertThat(spec.mctp()).isEqualTo(new MctpSpec(1, EndpointId.of(8), EndpointId.of(9), EndpointId.of(254)));
        assertThat(spec.environment().ambientCelsius()).isEqualTo(24);
        assertThat(spec.buses()).containsExactly(BusSpec.virtualSmbus("smbus0", 100_000, 0x10));
        NvmeDriveSpec second = spec.drives().get(1);
        assertThat(second.identity()).isEqualTo(new IdentitySpec("KIOXIA", "KIOXIA KCD81RUG3T84", "33J0A04ET7N8", "0109",
                "KCD81RUG3T84", 0x1e0f, UUID.fromString("7e7c54d8-e3c1-4e8a-b79f-76139f7dd286")));
        assertThat(second.quirks()).containsExactly(NvmeDriveSpec.QUIRK_REJECTS_NONZERO_CNTID);
        assertThat(second.turnaround()).isEqualTo(Duration.ofNanos(400_000));
        assertThat(spec.components().get(0).turnaround()).isEqualTo(ComponentSpec.DEFAULT_TURNAROUND);
        assertThat(spec.drives().get(0).thermal().warningCelsius()).isEqualTo(70);
        assertThat(spec.components().get(0).present()).isTrue();
        assertThat(spec.resets("nvme1")).isEmpty();
    }

    @Test
    void resetsGiveAPeriodAndADownTime() {
        BoardSpec spec = BoardFile.parse(replaceLine(42, "    resets: { period-s: 600, down-s: 2.5 }"), "test.yaml");

        assertThat(spec.resets("nvme1")).contains(new ResetSchedule(Duration.ofMinutes(10), Duration.ofMillis(2500)));
        assertThat(spec.resets("nvme0")).isEmpty();
    }

    @Test
    void defaultBoardHasEightDrivesOnTwoSegmentsABasicOnlyBootDriveAnHbaOnAThirdAndThreePointToPointLinks() {
        BoardSpec spec = BoardFile.loadDefault();

        assertThat(spec.name()).isEqualTo("default-2u");
        assertThat(spec.buses()).extracting(BusSpec::name, BusSpec::binding, BusSpec::clockHz, BusSpec::address)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("smbus0", "smbus", 100_000, 0x10),
                        org.assertj.core.groups.Tuple.tuple("smbus1", "smbus", 400_000, 0x10),
                        org.assertj.core.groups.Tuple.tuple("smbus2", "smbus", 100_000, 0x10),
                        org.assertj.core.groups.Tuple.tuple("smbus3", "smbus", 400_000, 0x10),
                        org.assertj.core.groups.Tuple.tuple("host0", "astlpc", 0, BusSpec.NO_ADDRESS),
                        org.assertj.core.groups.Tuple.tuple("pcc0", "pcc", 0, BusSpec.NO_ADDRESS),
                        org.assertj.core.groups.Tuple.tuple("debug0", "serial", 0, BusSpec.NO_ADDRESS));
        assertThat(spec.buses()).allSatisfy(b -> assertThat(b.isVirtual()).isTrue());
        assertThat(spec.bus("debug0").baud()).isEqualTo(115_200);
        assertThat(spec.endpoint("platform-ctl").staticEid()).contains(EndpointId.of(0x20));
        assertThat(spec.endpoint("host-fw").staticEid()).isEmpty();
        assertThat(spec.endpoint("host-fw").messageTypes()).containsExactly(MessageType.CONTROL, MessageType.PLDM);
        assertThat(spec.componentsOn("host0")).extracting(ComponentSpec::id).containsExactly("host-fw");
        assertThat(spec.componentsOn("pcc0")).extracting(ComponentSpec::id).containsExactly("platform-ctl");
        assertThat(spec.componentsOn("debug0")).extracting(ComponentSpec::id).containsExactly("debug-mcu");
        assertThat(spec.componentsOn("smbus0")).hasSize(4);
        assertThat(spec.componentsOn("smbus1")).hasSize(5);
        assertThat(spec.drive("boot0").mi()).isFalse();
        assertThat(spec.drive("boot0").hasMctpEndpoint()).isFalse();
        assertThat(spec.drive("boot0").basicManagement()).contains(new BasicManagementSpec(0x6a, true));
        assertThat(spec.bus("smbus1").basicManagement()).containsExactly(new BasicManagementSpec(0x6a, true));
        assertThat(spec.bus("smbus0").basicManagement()).isEmpty();
        assertThat(spec.componentsOn("smbus2")).extracting(ComponentSpec::id).containsExactly("hba0");
        assertThat(spec.hba("hba0").drives()).hasSize(6);
        assertThat(spec.componentsOn("smbus3")).extracting(ComponentSpec::id).containsExactly("nic0", "nic1");
        assertThat(spec.drives()).extracting(ComponentSpec::slot)
                .containsExactly("Bay 0", "Bay 1", "Bay 2", "Bay 3", "Bay 4", "Bay 5", "Bay 6", "Bay 7", "M.2 0");
        assertThat(spec.drives()).filteredOn(NvmeDriveSpec::mi).hasSize(8);
        assertThat(spec.components()).extracting(ComponentSpec::uuid).doesNotHaveDuplicates();
        assertThat(spec.drives()).extracting(c -> c.identity().vendorId()).contains(0x144d, 0x1e0f, 0x8086, 0x1fa2, 0x1d0f);
        assertThat(spec.drives()).filteredOn(c -> c.hasQuirk(NvmeDriveSpec.QUIRK_REJECTS_NONZERO_CNTID)).hasSize(1);
        assertThat(spec.drives()).filteredOn(c -> c.hasQuirk(NvmeDriveSpec.QUIRK_CTEMP_CONTROLLER_ONLY)).extracting(ComponentSpec::id)
                .containsExactly("nvme7");
        assertThat(spec.drives()).extracting(c -> c.identity().firmware()).contains("0109");
        assertThat(spec.resets("nic1")).contains(new ResetSchedule(Duration.ofMinutes(30), Duration.ofSeconds(4)));
    }

    @Test
    void loadNamesTheFileAndReadsFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rack.yaml");
        Files.writeString(file, replaceLine(17, "    address: 0x9a"));

        assertThatThrownBy(() -> BoardFile.load(file)).hasMessage("rack.yaml:17: components[0].address: 0x9a is not a 7-bit address (0x08..0x77)");
        assertThatThrownBy(() -> BoardFile.load(dir.resolve("missing.yaml"))).isInstanceOf(BoardFileException.class)
                .hasMessageStartingWith("missing.yaml: cannot read");
    }

    @Test
    void exampleInTheFormatDocumentIsValid() throws Exception {
        String doc = Files.readString(Path.of("BOARD-FILE.md"));
        int start = doc.indexOf("## Example");
        String yaml = doc.substring(doc.indexOf("```yaml", start) + 7, doc.indexOf("```", doc.indexOf("```yaml", start) + 7));

        BoardSpec spec = BoardFile.parse(yaml, "BOARD-FILE.md");

        assertThat(spec.components()).hasSize(3);
        assertThat(spec.drives().get(1).hasQuirk(NvmeDriveSpec.QUIRK_REJECTS_NONZERO_CNTID)).isTrue();
        assertThat(spec.bus("console0").baud()).isEqualTo(57600);
        assertThat(spec.endpoint("mgmt-mcu").staticEid()).contains(EndpointId.of(0x30));
        assertThat(spec.faults("nvme1").find(FaultKind.SLOW)).hasValueSatisfying(f -> assertThat(f.delay()).isEqualTo(Duration.ofMillis(250)));
    }

    @Test
    void emptyFileIsAnError() {
        assertThatThrownBy(() -> BoardFile.parse("", "e.yaml")).hasMessage("e.yaml: the file is empty");
    }
}
