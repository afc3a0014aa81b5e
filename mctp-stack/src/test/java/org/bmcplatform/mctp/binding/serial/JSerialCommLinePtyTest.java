package org.bmcplatform.mctp.binding.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpFailures;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestHandler;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.control.ControlResponder;
import org.bmcplatform.mctp.control.ControlTarget;
import org.bmcplatform.mctp.control.EndpointIdentity;
import org.bmcplatform.mctp.control.GetEndpointIdResponse;
import org.bmcplatform.mctp.route.Route;
import org.bmcplatform.mctp.time.SystemScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two stacks over {@link SerialBinding}s on {@link JSerialCommLine}s, on a real pseudo-terminal pair made
 * by socat, in real time. Waits poll with a deadline; nothing sleeps to make a point.
 */
class JSerialCommLinePtyTest {
    private static final int NET = 1;
    private static final EndpointId BMC = EndpointId.of(8);
    private static final EndpointId DEVICE = EndpointId.of(9);
    private static final UUID DEVICE_UUID = UUID.fromString("6f0d5a2c-53e1-4d31-9a57-0000000000d9");
    private static final MessageType VENDOR = MessageType.VENDOR_IANA;
    private static final RequestOptions PATIENT = new RequestOptions(Duration.ofSeconds(2), 1);
    private static final SerialPortSettings FAST_RETRY = SerialPortSettings.DEFAULTS.withReconnectInterval(Duration.ofMillis(50));
    private static final Duration DEADLINE = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private final SystemScheduler scheduler = new SystemScheduler("pty-test", 2);
    private SocatPty socat;
    private JSerialCommLine bmcLine;
    private JSerialCommLine deviceLine;
    private SerialBinding bmcBinding;
    private MctpStack bmc;
    private MctpStack device;

    @BeforeEach
    void startSocat() throws Exception {
        socat = new SocatPty(dir).start();
    }

    @AfterEach
    void stopAll() throws Exception {
        if (bmc != null) {
            bmc.close();
        }
        if (device != null) {
            device.close();
        }
        socat.close();
        scheduler.close();
    }

    private void connectStacks(int mtu) {
        bmcLine = new JSerialCommLine(socat.a().toString(), FAST_RETRY, scheduler);
        deviceLine = new JSerialCommLine(socat.b().toString(), FAST_RETRY, scheduler);
        bmc = new MctpStack(scheduler, StackSettings.DEFAULTS);
        device = new MctpStack(scheduler, StackSettings.DEFAULTS);
        bmcBinding = new SerialBinding(bmcLine, mtu);
        bmc.addInterface("tty", NET, bmcBinding).setLocalEid(BMC);
        device.addInterface("tty", NET, new SerialBinding(deviceLine, mtu)).setLocalEid(DEVICE);
        bmc.routes().add(new Route(NET, DEVICE, DEVICE, "tty", Optional.empty(), mtu));
        device.routes().add(new Route(NET, BMC, BMC, "tty", Optional.empty(), mtu));
        new ControlResponder(device, new EndpointIdentity(DEVICE_UUID, Set.of(VENDOR), false, Optional.empty(), List.of()))
                .install();
        device.handle(VENDOR, RequestHandler.immediate(r -> Optional.of(r.message())));
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        return f.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void pollUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not " + what + " within " + DEADLINE);
            }
            Thread.sleep(10);
        }
    }

    private static Bytes vendorMessage(int length, long seed) {
        byte[] b = new byte[length];
        new SplittableRandom(seed).nextBytes(b);
        b[0] = (byte) VENDOR.code();
        return Bytes.wrap(b);
    }

    @Test
    void controlRequestsAndAFragmentedFourKibMessageCrossAPseudoTerminal() throws Exception {
        connectStacks(SerialBinding.MAX_MTU);
        assertThat(bmcLine.isConnected()).isTrue();
        ControlRequester requester = new ControlRequester(bmc, PATIENT);
        ControlTarget target = new ControlTarget.Logical(NET, DEVICE);

        GetEndpointIdResponse eid = await(requester.getEndpointId(target));
        assertThat(eid.eid()).isEqualTo(DEVICE);
        assertThat(await(requester.getEndpointUuid(target)).uuid()).isEqualTo(DEVICE_UUID);
        assertThat(await(requester.getMessageTypeSupport(target)).messageTypes()).contains(MessageType.CONTROL, VENDOR);

        Bytes message = vendorMessage(4096, 42);
        assertThat(await(bmc.request(NET, DEVICE, message, PATIENT))).isEqualTo(message);
        assertThat(bmc.findInterface("tty").orElseThrow().counters().packetsOut()).isGreaterThanOrEqualTo(4096 / 251 + 1);
        assertThat(bmc.findInterface("tty").orElseThrow().binding().drops().total()).isZero();
    }

    @Test
    void lineGoesDownWhenSocatDiesAndComesBackWhenItIsRestartedWithTheSameLinks() throws Exception {
        connectStacks(SerialBinding.MIN_MTU);
        Bytes message = vendorMessage(300, 7);
        assertThat(await(bmc.request(NET, DEVICE, message, PATIENT))).isEqualTo(message);

        socat.stop();
        pollUntil(() -> !bmcLine.isConnected() && !deviceLine.isConnected(), "disconnected");
        assertThat(bmcLine.lastError()).hasValueSatisfying(e -> assertThat(e).contains(socat.a().toString()));
        assertThat(bmcBinding.isLinkUp()).isFalse();
        assertThat(MctpFailures.reason(bmcBinding.transmit(Bytes.fromHex("01 09 08 c8 7f"), LinkAddress.NONE)))
                .isEqualTo(MctpException.Reason.BINDING_DOWN);
        assertThat(bmc.request(NET, DEVICE, message, PATIENT)).failsWithin(DEADLINE);

        socat.start();
        pollUntil(() -> bmcLine.isConnected() && deviceLine.isConnected(), "reconnected");
        assertThat(await(bmc.request(NET, DEVICE, message, PATIENT))).isEqualTo(message);
        assertThat(bmcLine.reconnects()).isEqualTo(1);
        assertThat(deviceLine.reconnects()).isEqualTo(1);
    }

    @Test
    void deviceMissingAtStartIsReportedAndOpenedOnceItAppears() throws Exception {
        socat.stop();
        JSerialCommLine line = new JSerialCommLine(socat.a().toString(), FAST_RETRY, scheduler);
        try (SerialBinding binding = new SerialBinding(line, SerialBinding.MIN_MTU)) {
            binding.start((p, src) -> { });
            assertThat(binding.isLinkUp()).isFalse();
            assertThat(line.lastError()).hasValue("serial device " + socat.a() + " not found: no such file (check the path "
                    + "and that the adapter or cable is plugged in; ls -l /dev/ttyUSB* /dev/ttyS* lists the candidates)");

            socat.start();
            pollUntil(binding::isLinkUp, "link up");
            assertThat(line.reconnects()).isEqualTo(1);
            assertThat(line.lastError()).isEmpty();
        }
    }
}
