package org.bmcplatform.sim.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.binding.BindingSpec;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.control.VendorDefinedSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Buses of every binding, backend spec strings, roles, MTUs and generic MCTP endpoints in a board file. */
class LinkBoardFileTest {

    /** One bus of each binding with a generic endpoint on it; the error cases replace one line. */
    static final String VALID = String.join("\n",
            "board:",                                                                   // 1
            "  name: links",                                                            // 2
            "mctp:",                                                                    // 3
            "  network: 1",                                                             // 4
            "  local-eid: 8",                                                           // 5
            "  dynamic-eids: 9-254",                                                    // 6
            "buses:",                                                                   // 7
            "  - name: smbus0",                                                         // 8
            "    binding: smbus",                                                       // 9
            "    clock-khz: 400",                                                       // 10
            "    address: 0x10",                                                        // 11
            "    backend: virtual",                                                     // 12
            "  - name: host0",                                                          // 13
            "    binding: astlpc",                                                      // 14
            "    backend: virtual?latency-us=30",                                       // 15
            "  - name: pcc0",                                                           // 16
            "    binding: pcc",                                                         // 17
            "    backend: virtual",                                                     // 18
            "    mtu: 128",                                                             // 19
            "  - name: debug0",                                                         // 20
            "    binding: serial",                                                      // 21
            "    backend: virtual?baud=9600",                                           // 22
            "    role: bus-owner",                                                      // 23
            "components:",                                                              // 24
            "  - id: host-fw",                                                          // 25
            "    type: mctp-endpoint",                                                  // 26
            "    bus: host0",                                                           // 27
            "    slot: CPU0",                                                           // 28
            "    description: host firmware (BIOS)",                                    // 29
            "    identity: { uuid: 3f0c1d2e-5a6b-4c7d-8e9f-0a1b2c3d4e5f }",            // 30
            "    message-types: [control, pldm]",                                       // 31
            "  - id: platform-ctl",                                                     // 32
            "    type: mctp-endpoint",                                                  // 33
            "    bus: pcc0",                                                            // 34
            "    identity: { uuid: 6d1a0b52-7c43-4e8f-9a21-5b3c4d5e6f70 }",            // 35
            "    message-types: [pldm, vendor-pci]",                                    // 36
            "    vendor-types: [{ format: pci, vendor-id: 0x8086, command-set: 1 }]",   // 37
            "    static-eid: 0x20",                                                     // 38
            "  - id: debug-mcu",                                                        // 39
            "    type: mctp-endpoint",                                                  // 40
            "    bus: debug0",                                                          // 41
            "    identity: { uuid: 0b7e2c44-19d8-4f6a-a3c5-7e8f9a0b1c2d }",            // 42
            "    turnaround-us: 50",                                                    // 43
            "  - id: smbus-ep",                                                         // 44
            "    type: mctp-endpoint",                                                  // 45
            "    bus: smbus0",                                                          // 46
            "    address: 0x30",                                                        // 47
            "    identity: { uuid: 9c8b7a69-5847-4363-a251-403f2e1d0c0b }",            // 48
            "    message-types: [spdm, 0x7f]",                                          // 49
            "    vendor-types: [{ format: iana, vendor-id: 343, command-set: 0x0002 }]", // 50
            "");

    static String replaceLine(int line, String text) {
        String[] lines = VALID.split("\n", -1);
        lines[line - 1] = text;
        return String.join("\n", lines);
    }

    @Test
    void everyBindingParsesWithItsBackendRoleAndMtu() {
        BoardSpec spec = BoardFile.parse(VALID, "links.yaml");

        assertThat(spec.buses()).extracting(BusSpec::name, BusSpec::binding, BusSpec::isPointToPoint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("smbus0", "smbus", false),
                        org.assertj.core.groups.Tuple.tuple("host0", "astlpc", true),
                        org.assertj.core.groups.Tuple.tuple("pcc0", "pcc", true),
                        org.assertj.core.groups.Tuple.tuple("debug0", "serial", true));
        BusSpec host = spec.bus("host0");
        assertThat(host.backend()).isEqualTo(BindingSpec.parse("virtual?latency-us=30"));
        assertThat(host.latency()).isEqualTo(Duration.ofNanos(30_000));
        assertThat(host.mtu()).isEqualTo(BusSpec.DEFAULT_MTU);
        assertThat(host.role()).isEqualTo(BusSpec.Role.BUS_OWNER);
        assertThat(host.address()).isEqualTo(BusSpec.NO_ADDRESS);
        assertThat(host.clockHz()).isZero();
        assertThat(host.linkAddress()).isEqualTo(LinkAddress.NONE);
        assertThat(spec.bus("pcc0").mtu()).isEqualTo(128);
        assertThat(spec.bus("pcc0").latency()).isEqualTo(Duration.ofNanos(1000L * BusSpec.DEFAULT_PCC_LATENCY_US));
        assertThat(spec.bus("debug0").baud()).isEqualTo(9600);
        assertThat(spec.bus("smbus0").linkAddress()).isEqualTo(LinkAddress.smbus(0x10));
        assertThat(spec.bus("smbus0").isVirtual()).isTrue();
    }

    @Test
    void genericEndpointsCarryIdentityTypesStaticEidAndVendorSets() {
        BoardSpec spec = BoardFile.parse(VALID, "links.yaml");

        MctpEndpointSpec host = spec.endpoint("host-fw");
        assertThat(host.uuid()).isEqualTo(UUID.fromString("3f0c1d2e-5a6b-4c7d-8e9f-0a1b2c3d4e5f"));
        assertThat(host.messageTypes()).containsExactly(MessageType.CONTROL, MessageType.PLDM);
        assertThat(host.staticEid()).isEmpty();
        assertThat(host.address()).isEqualTo(BusSpec.NO_ADDRESS);
        assertThat(host.linkAddress()).isEqualTo(LinkAddress.NONE);
        assertThat(host.slot()).isEqualTo("CPU0");
        assertThat(host.description()).isEqualTo("host firmware (BIOS)");
        assertThat(host.turnaround()).isEqualTo(ComponentSpec.DEFAULT_TURNAROUND);
        MctpEndpointSpec controller = spec.endpoint("platform-ctl");
        assertThat(controller.staticEid()).isEqualTo(Optional.of(EndpointId.of(0x20)));
        assertThat(controller.vendorTypes()).containsExactly(VendorDefinedSupport.pci(0x8086, 1));
        assertThat(spec.endpoint("debug-mcu").messageTypes()).containsExactly(MessageType.CONTROL);
        assertThat(spec.endpoint("debug-mcu").turnaround()).isEqualTo(Duration.ofNanos(50_000));
        MctpEndpointSpec onSmbus = spec.endpoint("smbus-ep");
        assertThat(onSmbus.linkAddress()).isEqualTo(LinkAddress.smbus(0x30));
        assertThat(onSmbus.messageTypes()).containsExactly(MessageType.CONTROL, MessageType.SPDM, MessageType.VENDOR_IANA);
        assertThat(onSmbus.vendorTypes()).containsExactly(VendorDefinedSupport.iana(343, 2));
    }

    @Test
    void realBackendsParseWithTheOptionsTheirOpenersRead() {
        String text = replaceLine(12, "    backend: i2c:/dev/i2c-3?force=true")
                .replace("virtual?latency-us=30", "astlpc:/dev/raw-kcs3?lpc=/dev/aspeed-lpc-ctrl")
                .replace("    backend: virtual\n    mtu", "    backend: pcc:/sys/firmware/acpi/tables/PCCT?tx=2&rx=3\n    mtu")
                .replace("virtual?baud=9600", "serial:/dev/ttyUSB0?baud=115200&parity=even&stop-bits=2");

        BoardSpec spec = BoardFile.parse(text, "real.yaml");

        assertThat(spec.buses()).noneMatch(BusSpec::isVirtual);
        assertThat(spec.bus("smbus0").backend().path()).isEqualTo("/dev/i2c-3");
        assertThat(spec.bus("host0").backend().option("lpc")).contains("/dev/aspeed-lpc-ctrl");
        assertThat(spec.bus("pcc0").backend().scheme()).isEqualTo("pcc");
        assertThat(spec.bus("debug0").baud()).isEqualTo(115_200);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("unknown binding", replaceLine(14, "    binding: usb"), 14, "buses[1].binding",
                        "'usb' is not a binding (astlpc, pcc, serial, smbus)"),
                Arguments.of("backend scheme of another binding", replaceLine(15, "    backend: serial:/dev/ttyS1"), 15,
                        "buses[1].backend", "scheme 'serial' does not fit binding astlpc; use virtual, astlpc, astlpc-file"),
                Arguments.of("option without a value", replaceLine(22, "    backend: virtual?baud"), 22,
                        "buses[3].backend", "backend option 'baud' must be name=value"),
                Arguments.of("option not a number", replaceLine(22, "    backend: virtual?baud=fast"), 22,
                        "buses[3].backend", "backend option 'baud' must be a number, was 'fast'"),
                Arguments.of("baud out of range", replaceLine(22, "    backend: serial:/dev/ttyUSB0?baud=10"), 22,
                        "buses[3].backend", "backend option 'baud' must be 50..4000000, was 10"),
                Arguments.of("virtual baud out of range", replaceLine(22, "    backend: virtual?baud=5000000"), 22,
                        "buses[3].backend", "backend option 'baud' must be 50..4000000, was 5000000"),
                Arguments.of("serial option unknown to the tty backend", replaceLine(22, "    backend: serial:/dev/ttyUSB0?speed=9600"), 22,
                        "buses[3].backend", "backend 'serial' has no option 'speed'"),
                Arguments.of("PCCT backend without subspace ids", replaceLine(18, "    backend: pcc:/sys/firmware/acpi/tables/PCCT?tx=2"), 18,
                        "buses[2].backend", "backend option 'rx' is required"),
                Arguments.of("pcc-file end of the other side", replaceLine(18, "    backend: pcc-file:/run/bmc/pcc0?role=platform"), 18,
                        "buses[2].backend", "backend option 'role' must be one of [ospm], was 'platform'"),
                Arguments.of("MTU larger than the pcc-file memory", replaceLine(19, "    mtu: 1024").replace("    backend: virtual\n    mtu", "    backend: pcc-file:/run/bmc/pcc0?size=512\n    mtu"), 19,
                        "buses[2].mtu", "1024 does not fit: the subspaces have size=512 bytes, so the MTU is at most 496"),
                Arguments.of("MTU larger than the virtual mailbox", replaceLine(19, "    mtu: 5000"), 19,
                        "buses[2].mtu", "5000 does not fit: the virtual PCC mailbox has 4096-byte subspaces, so the MTU is at most 4080"),
                Arguments.of("astlpc end of the other side", replaceLine(15, "    backend: astlpc-file:/run/bmc/lpc.bin?role=host"), 15,
                        "buses[1].backend", "backend option 'role' must be one of [bmc], was 'host'"),
                Arguments.of("i2c address option disagreeing", replaceLine(12, "    backend: i2c:/dev/i2c-3?address=0x11"), 12,
                        "buses[0].backend", "backend option 'address' differs from the bus's address field"),
                Arguments.of("parity not a parity", replaceLine(22, "    backend: serial:/dev/ttyUSB0?parity=purple"), 22,
                        "buses[3].backend", "backend option 'parity' must be one of"),
                Arguments.of("option of another medium", replaceLine(18, "    backend: virtual?baud=9600"), 18,
                        "buses[2].backend", "backend 'virtual' has no option 'baud'; known: [latency-us]"),
                Arguments.of("latency out of range", replaceLine(18, "    backend: virtual?latency-us=500000"), 18,
                        "buses[2].backend", "backend option 'latency-us' must be 0..100000, was 500000"),
                Arguments.of("real backend without a path", replaceLine(18, "    backend: pcc-file"), 18,
                        "buses[2].backend", "'pcc-file' needs a device path, e.g. pcc-file:/run/bmc/pcc0?size=4096"),
                Arguments.of("virtual with a path", replaceLine(15, "    backend: virtual:/dev/null"), 15,
                        "buses[1].backend", "'virtual' takes no path, only options (e.g. virtual?latency-us=20)"),
                Arguments.of("bare device path", replaceLine(12, "    backend: /dev/i2c-3"), 12,
                        "buses[0].backend", "write the scheme first, e.g. i2c:/dev/i2c-3"),
                Arguments.of("i2c path not an adapter", replaceLine(12, "    backend: i2c:/dev/ttyS0"), 12,
                        "buses[0].backend", "the bus number cannot be read from '/dev/ttyS0' (expected /dev/i2c-N)"),
                Arguments.of("role endpoint on pcc", replaceLine(19, "    role: endpoint"), 19,
                        "buses[2].role", "on pcc the platform is always the bus owner (it is the OSPM side of the PCC subspace)"),
                Arguments.of("role endpoint on astlpc", replaceLine(15, "    role: endpoint"), 15,
                        "buses[1].role", "on astlpc the platform is always the bus owner (it is the BMC side of the LPC channel)"),
                Arguments.of("unknown role", replaceLine(23, "    role: master"), 23,
                        "buses[3].role", "'master' is not a role (bus-owner, endpoint)"),
                Arguments.of("clock on a point-to-point link", replaceLine(19, "    clock-khz: 100"), 19,
                        "buses[2].clock-khz", "only smbus buses have a clock; a pcc link is point-to-point: remove the field"),
                Arguments.of("address on a point-to-point link", replaceLine(23, "    address: 0x10"), 23,
                        "buses[3].address", "only smbus buses have an address; a serial link is point-to-point"),
                Arguments.of("serial MTU above the byte count", replaceLine(23, "    mtu: 300"), 23,
                        "buses[3].mtu", "300 is not an MTU for serial (68..255 bytes, header included)"),
                Arguments.of("MTU below the baseline", replaceLine(19, "    mtu: 64"), 19,
                        "buses[2].mtu", "64 is not an MTU for pcc (68..16777200 bytes, header included)"),
                Arguments.of("address of a component on a point-to-point link", replaceLine(28, "    address: 0x20"), 28,
                        "components[0].address", "host0 is a point-to-point astlpc link: its far end has no address; remove the field"),
                Arguments.of("second component on a point-to-point link", replaceLine(41, "    bus: host0"), 41,
                        "components[2].bus", "host0 is a point-to-point astlpc link and already has 'host-fw' at its far end"),
                Arguments.of("drive on a point-to-point link", replaceLine(26, "    type: nvme-drive"), 27,
                        "components[0].bus", "an nvme-drive sits on an smbus bus"),
                Arguments.of("endpoint on SMBus without an address", replaceLine(47, "    slot: somewhere"), 44,
                        "components[3].address", "required field is missing"),
                Arguments.of("unknown message type", replaceLine(31, "    message-types: [control, pldm, mystery]"), 31,
                        "components[0].message-types[2]", "unknown message type 'mystery'"),
                Arguments.of("message type twice", replaceLine(31, "    message-types: [pldm, pldm]"), 31,
                        "components[0].message-types[1]", "message type pldm is listed twice"),
                Arguments.of("vendor type without a vendor set", replaceLine(37, "    present: true"), 36,
                        "components[1].message-types", "vendor-pci is listed but vendor-types has no pci set"),
                Arguments.of("vendor set without its type", replaceLine(36, "    message-types: [pldm]"), 37,
                        "components[1].vendor-types[0].format", "a pci vendor set needs vendor-pci in message-types"),
                Arguments.of("vendor format unknown", replaceLine(37, "    vendor-types: [{ format: usb, vendor-id: 1, command-set: 1 }]"), 37,
                        "components[1].vendor-types[0].format", "'usb' is not a vendor ID format (pci, iana)"),
                Arguments.of("static EID is the platform's", replaceLine(38, "    static-eid: 8"), 38,
                        "components[1].static-eid", "8 is the platform's own EID (mctp.local-eid)"),
                Arguments.of("static EID not unicast", replaceLine(38, "    static-eid: 0xff"), 38,
                        "components[1].static-eid", "0xff is not a unicast EID (8..254)"),
                Arguments.of("static EID twice", replaceLine(43, "    static-eid: 0x20"), 43,
                        "components[2].static-eid", "32 is already the static EID of 'platform-ctl'"),
                Arguments.of("endpoint identity holds only the UUID", replaceLine(30, "    identity: { uuid: 3f0c1d2e-5a6b-4c7d-8e9f-0a1b2c3d4e5f, serial: X }"), 30,
                        "components[0].identity.serial", "unknown key; allowed here: uuid"),
                Arguments.of("drive field on an endpoint", replaceLine(43, "    percentage-used: 4"), 43,
                        "components[2].percentage-used", "unknown key; allowed here:"),
                Arguments.of("far end of an endpoint-role link without a static EID", replaceLine(23, "    role: endpoint"), 39,
                        "components[2].static-eid", "required: on debug0 (role endpoint) this component is the bus owner"),
                Arguments.of("duplicate UUID across kinds", replaceLine(42, "    identity: { uuid: 3f0c1d2e-5a6b-4c7d-8e9f-0a1b2c3d4e5f }"), 42,
                        "components[2].identity.uuid", "duplicate UUID 3f0c1d2e-5a6b-4c7d-8e9f-0a1b2c3d4e5f"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void errorNamesFileLineAndField(String name, String text, int line, String field, String message) {
        assertThatThrownBy(() -> BoardFile.parse(text, "links.yaml"))
                .isInstanceOfSatisfying(BoardFileException.class, e -> {
                    assertThat(e.getMessage()).contains(message);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.file()).isEqualTo("links.yaml");
                });
    }
}
