package org.bmcplatform.sim.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.smbus.SmbusBinding;
import org.bmcplatform.mctp.control.BusOwner;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;
import org.bmcplatform.mctp.control.EidPool;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.profiles.nvmemi.ConfigurationGetRequest;
import org.bmcplatform.profiles.nvmemi.ConfigurationGetResponse;
import org.bmcplatform.profiles.nvmemi.ConfigurationIdentifier;
import org.bmcplatform.profiles.nvmemi.ConfigurationSetRequest;
import org.bmcplatform.profiles.nvmemi.ControllerHealth;
import org.bmcplatform.profiles.nvmemi.ControllerHealthStatusPollRequest;
import org.bmcplatform.profiles.nvmemi.ControllerHealthStatusPollResponse;
import org.bmcplatform.profiles.nvmemi.ControllerIdentity;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollRequest;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollResponse;
import org.bmcplatform.profiles.nvmemi.IdentifyControllerRequest;
import org.bmcplatform.profiles.nvmemi.IdentifyControllerResponse;
import org.bmcplatform.profiles.nvmemi.MiRequest;
import org.bmcplatform.profiles.nvmemi.MiResponse;
import org.bmcplatform.profiles.nvmemi.MiStatus;
import org.bmcplatform.profiles.nvmemi.NvmeMiCodec;
import org.bmcplatform.profiles.nvmemi.VpdReadRequest;
import org.bmcplatform.profiles.nvmemi.VpdReadResponse;
import org.bmcplatform.sim.board.BoardFile;
import org.bmcplatform.sim.board.NvmeDriveSpec;
import org.bmcplatform.sim.bus.SegmentStats;
import org.bmcplatform.sim.bus.VirtualSmbusSegment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One drive on one segment with a bus-owner stack in front of it. */
class SimNvmeDriveTest {
    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final NvmeDriveSpec spec = BoardFile.loadDefault().drive("nvme0");
    private final VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus0", 100_000, scheduler);
    private final SimNvmeDrive drive = new SimNvmeDrive(spec, segment, scheduler, 24);
    private MctpStack host;
    private DiscoveredEndpoint endpoint;

    @BeforeEach
    void plugAndAssign() throws Exception {
        drive.plug();
        host = new MctpStack(scheduler, StackSettings.DEFAULTS);
        // the host takes packets up to 254 bytes so the drive may answer above the baseline once told to
        host.addInterface("smbus0", 1, new SmbusBinding(segment.attach(0x10), SmbusBinding.MAX_MTU)).setLocalEid(EndpointId.of(8));
        BusOwner owner = new BusOwner(host, new ControlRequester(host, RequestOptions.DEFAULT), new EidPool(EndpointId.of(9), EndpointId.of(20)));
        endpoint = scheduler.await(owner.setupEndpoint("smbus0", LinkAddress.smbus(spec.address())), Duration.ofSeconds(1));
    }

    @AfterEach
    void close() {
        host.close();
        drive.unplug();
    }

    @Test
    void answersAfterRequestWireTimeTurnaroundAndResponseWireTime() throws Exception {
        long start = scheduler.nanoTime();
        HealthStatusPollRequest poll = new HealthStatusPollRequest(0, false);

        Bytes reply = scheduler.await(host.request(1, endpoint.eid(), NvmeMiCodec.encode(poll)), Duration.ofSeconds(1));

        assertThat(NvmeMiCodec.decodeResponse(reply, poll)).isInstanceOf(HealthStatusPollResponse.class);
        long wire = 2 * segment.timing().singlePacketMessageNanos(20);
        assertThat(scheduler.nanoTime() - start).isEqualTo(wire + spec.turnaround().toNanos());
        assertThat(drive.requestsAnswered()).isEqualTo(1);
    }

    // NVMe-MI 1.2 §4.2.1.1: a message whose MIC does not match is discarded without a response
    @Test
    void messageWithBadIntegrityCheckIsDiscardedAndCounted() {
        byte[] bad = NvmeMiCodec.encode(new HealthStatusPollRequest(0, false)).toArray();
        bad[bad.length - 1] ^= 0x55;

        CompletableFuture<Bytes> reply = host.request(1, endpoint.eid(), Bytes.wrap(bad), new RequestOptions(Duration.ofMillis(100), 0));

        assertThatThrownBy(() -> scheduler.await(reply, Duration.ofSeconds(1)))
                .satisfies(t -> assertThat(MctpException.extract(t).orElseThrow().reason()).isEqualTo(MctpException.Reason.TIMEOUT));
        assertThat(drive.requestsDiscarded()).isEqualTo(1);
        assertThat(drive.requestsAnswered()).isZero();
    }

    @Test
    void replugKeepsTheUuidAndLosesTheEid() {
        assertThat(drive.eid()).contains(endpoint.eid());

        drive.unplug();
        drive.unplug();
        assertThat(drive.present()).isFalse();
        assertThat(drive.eid()).isEmpty();
        drive.plug();

        assertThat(drive.present()).isTrue();
        assertThat(drive.eid()).isEmpty();
        assertThat(drive.uuid()).isEqualTo(endpoint.uuid());
    }

    @Test
    void firmwareActivationResetsTheDriveWhichThenReportsTheNewRevisionUnderTheSameUuid() throws Exception {
        assertThat(drive.firmwareRevision()).isEqualTo("GDC7302Q");

        drive.activateFirmware("GDC7402Q");

        assertThat(drive.present()).isTrue();
        assertThat(drive.eid()).isEmpty();                    // reset: the bus owner must assign an EID again
        BusOwner owner = new BusOwner(host, new ControlRequester(host, RequestOptions.DEFAULT),
                new EidPool(EndpointId.of(30), EndpointId.of(40)));
        endpoint = scheduler.await(owner.setupEndpoint("smbus0", LinkAddress.smbus(spec.address())), Duration.ofSeconds(1));
        assertThat(endpoint.uuid()).isEqualTo(spec.identity().uuid());
        IdentifyControllerRequest identify = new IdentifyControllerRequest(0, 0, 0, ControllerIdentity.MINIMUM_LENGTH);
        IdentifyControllerResponse r = (IdentifyControllerResponse) exchange(identify);
        assertThat(ControllerIdentity.parse(r.data()).firmwareRevision()).isEqualTo("GDC7402Q");
    }

    @Test
    void firmwareRevisionThatIdentifyCannotCarryIsRefusedAndTheDriveKeepsRunning() {
        assertThatThrownBy(() -> drive.activateFirmware("GDC7402Q-LONG")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 8 printable ASCII characters");
        assertThatThrownBy(() -> drive.activateFirmware(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(drive.eid()).contains(endpoint.eid());
        assertThat(drive.firmwareRevision()).isEqualTo("GDC7302Q");
    }

    private MiResponse exchange(MiRequest request) throws Exception {
        Bytes reply = scheduler.await(host.request(1, endpoint.eid(), NvmeMiCodec.encode(request)), Duration.ofSeconds(1));
        return NvmeMiCodec.decodeResponse(reply, request);
    }

    @Test
    void controllerHealthPollIsAnsweredAfterWireTimeAndTurnaround() throws Exception {
        long start = scheduler.nanoTime();

        MiResponse r = exchange(ControllerHealthStatusPollRequest.all(0));

        ControllerHealth c = ((ControllerHealthStatusPollResponse) r).entries().get(0);
        assertThat(c.temperatureCelsius()).isEqualTo(Math.round(drive.temperatureCelsius()));
        long wire = segment.timing().singlePacketMessageNanos(20) + segment.timing().singlePacketMessageNanos(8 + 16 + 4);
        assertThat(scheduler.nanoTime() - start).isEqualTo(wire + spec.turnaround().toNanos());
    }

    // NVMe-MI 1.2 §5.1: the SMBus port's MCTP transmission unit size governs the drive's packets
    @Test
    void largerTransmissionUnitSendsTheSameResponseInFewerPackets() throws Exception {
        VpdReadRequest read = new VpdReadRequest(0, 0, 200); // response: 8 + 200 + 4 = 212 bytes
        SegmentStats before = segment.stats();
        Bytes baseline = ((VpdReadResponse) exchange(read)).data();
        SegmentStats atBaseline = segment.stats().minus(before);

        MiResponse set = exchange(ConfigurationSetRequest.transmissionUnitSize(0, NvmeMiResponder.PORT_SMBUS, 250));
        ConfigurationGetResponse get = (ConfigurationGetResponse) exchange(
                new ConfigurationGetRequest(0, ConfigurationIdentifier.MCTP_TRANSMISSION_UNIT_SIZE, NvmeMiResponder.PORT_SMBUS));
        SegmentStats mark = segment.stats();
        Bytes large = ((VpdReadResponse) exchange(read)).data();
        SegmentStats atLarge = segment.stats().minus(mark);

        assertThat(set.status()).isEqualTo(MiStatus.SUCCESS);
        assertThat(get.transmissionUnitSize()).isEqualTo(250);
        assertThat(large).isEqualTo(baseline);
        assertThat(atBaseline.transactions()).isEqualTo(1 + 4); // request + ceil(212 / 64)
        assertThat(atLarge.transactions()).isEqualTo(1 + 1);
    }

    @Test
    void replugResetsTheTransmissionUnitToTheBaseline() throws Exception {
        exchange(ConfigurationSetRequest.transmissionUnitSize(0, NvmeMiResponder.PORT_SMBUS, 128));

        drive.unplug();
        drive.plug();
        BusOwner owner = new BusOwner(host, new ControlRequester(host, RequestOptions.DEFAULT), new EidPool(EndpointId.of(21), EndpointId.of(30)));
        endpoint = scheduler.await(owner.setupEndpoint("smbus0", LinkAddress.smbus(spec.address())), Duration.ofSeconds(1));

        ConfigurationGetResponse get = (ConfigurationGetResponse) exchange(
                new ConfigurationGetRequest(0, ConfigurationIdentifier.MCTP_TRANSMISSION_UNIT_SIZE, NvmeMiResponder.PORT_SMBUS));
        assertThat(get.transmissionUnitSize()).isEqualTo(64);
    }
}
