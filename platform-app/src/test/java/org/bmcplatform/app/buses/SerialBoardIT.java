package org.bmcplatform.app.buses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bmcplatform.app.RestApi.array;
import static org.bmcplatform.app.RestApi.object;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bmcplatform.app.PlatformApplication;
import org.bmcplatform.app.RestApi;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.binding.serial.JSerialCommLine;
import org.bmcplatform.mctp.binding.serial.SerialBinding;
import org.bmcplatform.mctp.binding.serial.SerialPortSettings;
import org.bmcplatform.mctp.binding.serial.SocatPty;
import org.bmcplatform.mctp.control.ControlResponder;
import org.bmcplatform.mctp.control.EndpointIdentity;
import org.bmcplatform.mctp.time.SystemScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform started with a board file whose only bus is a real serial device (DSP0253 over jSerialComm):
 * one end of a socat pseudo-terminal pair. On the other end this test runs a device: its own stack on the
 * other pty with a control responder. The platform finds it as it would a device on /dev/ttyUSB0.
 */
class SerialBoardIT {
    private static final UUID DEVICE_UUID = UUID.fromString("3c5e0d8a-7b1f-4e52-9d0c-5e1a7d2b9f01");
    private static final Duration DISCOVERY = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final SystemScheduler scheduler = new SystemScheduler("serial-device", 1);
    private SocatPty pty;
    private MctpStack device;
    private MctpInterface deviceInterface;

    @BeforeEach
    void startPseudoTerminals() throws Exception {
        pty = new SocatPty(dir).start();
    }

    @AfterEach
    void stopDevice() throws Exception {
        if (device != null) {
            device.close();
        }
        pty.close();
        scheduler.close();
    }

    /** The device on the far end of the line: a simple endpoint, or the link's owner with a static EID. */
    private void startDevice(EndpointIdentity identity) {
        device = new MctpStack(scheduler, StackSettings.DEFAULTS);
        JSerialCommLine line = new JSerialCommLine(pty.b().toString(), SerialPortSettings.DEFAULTS, scheduler);
        deviceInterface = device.addInterface("uart", 1, new SerialBinding(line, SerialBinding.MIN_MTU));
        identity.staticEid().ifPresent(deviceInterface::setLocalEid);
        new ControlResponder(device, identity).install();
    }

    private Path board(String busExtra, String components) throws Exception {
        Path file = dir.resolve("serial-board.yaml");
        Files.writeString(file, String.join("\n",
                "board:",
                "  name: serial-only",
                "mctp:",
                "  network: 1",
                "  local-eid: 8",
                "  dynamic-eids: 9-254",
                "buses:",
                "  - name: tty0",
                "    binding: serial",
                "    backend: serial:" + pty.a() + "?baud=115200",
                busExtra,
                "components:" + components,
                ""));
        return file;
    }

    private ConfigurableApplicationContext start(Path board) {
        return new SpringApplicationBuilder(PlatformApplication.class).run(
                "--server.port=0",
                "--bmc.board=" + board,
                "--bmc.data-dir=" + dir.toAbsolutePath(),
                "--spring.datasource.url=jdbc:h2:mem:serial-board-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private static RestApi api(ConfigurableApplicationContext context) {
        return new RestApi(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void asBusOwnerThePlatformAssignsTheDeviceAnEidAndListsItsEndpoint() throws Exception {
        startDevice(new EndpointIdentity(DEVICE_UUID, Set.of(MessageType.PLDM), false, Optional.empty(), List.of()));

        try (ConfigurableApplicationContext app = start(board("", " []"))) {
            RestApi api = api(app);
            await().atMost(DISCOVERY).untilAsserted(() -> assertThat(api.list("/api/endpoints")).hasSize(1));

            Map<String, Object> endpoint = api.list("/api/endpoints").get(0);
            assertThat(endpoint).containsEntry("interface", "tty0").containsEntry("uuid", DEVICE_UUID.toString())
                    .containsEntry("eid", 9).containsEntry("state", "AVAILABLE");
            assertThat(array(endpoint.get("messageTypes"))).containsExactlyInAnyOrder("control", "pldm");
            // Set Endpoint ID reached the device over the pty (DSP0236 §12.3)
            assertThat(deviceInterface.localEid()).isEqualTo(EndpointId.of(9));

            Map<String, Object> tty = api.list("/api/interfaces").get(0);
            assertThat(tty).containsEntry("name", "tty0").containsEntry("binding", "serial").containsEntry("up", true);
            assertThat(((Number) object(tty.get("counters")).get("packetsIn")).longValue()).isGreaterThanOrEqualTo(4);
            // the component follows identification (the device lists PLDM but does not answer it: a warning)
            await().atMost(DISCOVERY).untilAsserted(() -> assertThat(api.list("/api/components")).hasSize(1));
            assertThat(api.list("/api/components")).singleElement().satisfies(c -> {
                assertThat(c.get("name")).isEqualTo("tty0-peer");
                assertThat(object(c.get("location"))).containsEntry("bus", "tty0").containsEntry("address", null);
            });
        }
    }

    @Test
    void asEndpointThePlatformLearnsTheLinkOwnerAtItsStaticEid() throws Exception {
        startDevice(new EndpointIdentity(DEVICE_UUID, Set.of(MessageType.PLDM), true, Optional.of(EndpointId.of(0x30)),
                List.of()));
        String declared = String.join("\n", "",
                "  - id: mgmt-ctl",
                "    type: mctp-endpoint",
                "    bus: tty0",
                "    slot: \"J7 UART\"",
                "    identity: { uuid: " + DEVICE_UUID + " }",
                "    message-types: [control, pldm]",
                "    static-eid: 0x30");

        try (ConfigurableApplicationContext app = start(board("    role: endpoint", declared))) {
            RestApi api = api(app);
            await().atMost(DISCOVERY).untilAsserted(() -> assertThat(api.list("/api/endpoints")).hasSize(1));

            assertThat(api.list("/api/endpoints").get(0)).containsEntry("eid", 0x30).containsEntry("uuid", DEVICE_UUID.toString());
            await().atMost(DISCOVERY).untilAsserted(() -> assertThat(api.list("/api/components")).hasSize(1));
            assertThat(api.list("/api/components")).singleElement().satisfies(c -> {
                assertThat(c.get("name")).isEqualTo("mgmt-ctl");
                assertThat(object(c.get("location"))).containsEntry("slot", "J7 UART");
            });
            // the platform never tried to give the link's owner an EID
            assertThat(deviceInterface.localEid()).isEqualTo(EndpointId.of(0x30));
        }
    }
}
