package org.bmcplatform.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.control.BusOwner;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.control.ControlTarget;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;
import org.bmcplatform.mctp.control.EidPool;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.profiles.nvmemi.ControllerIdentity;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollRequest;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollResponse;
import org.bmcplatform.profiles.nvmemi.IdentifyControllerRequest;
import org.bmcplatform.profiles.nvmemi.IdentifyControllerResponse;
import org.bmcplatform.profiles.nvmemi.MiRequest;
import org.bmcplatform.profiles.nvmemi.MiResponse;
import org.bmcplatform.profiles.nvmemi.NvmeMiCodec;
import org.bmcplatform.sim.board.BoardFile;
import org.bmcplatform.sim.board.BoardSpec;
import org.bmcplatform.sim.board.BusSpec;
import org.bmcplatform.sim.board.ComponentSpec;
import org.bmcplatform.sim.board.NvmeDriveSpec;
import org.bmcplatform.sim.bus.VirtualSmbusSegment;
import org.bmcplatform.sim.component.SimNvmeDrive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The default board in virtual time, driven by a bus-owner stack as the platform drives it. */
class VirtualBoardIT {
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final BoardSpec spec = BoardFile.loadDefault();
    private VirtualBoard board;
    private MctpStack platform;
    private BusOwner owner;
    private ControlRequester requester;

    @BeforeEach
    void startBoardAndPlatform() {
        board = VirtualBoard.start(spec, scheduler);
        platform = new MctpStack(scheduler, StackSettings.DEFAULTS);
        for (BusSpec bus : spec.buses()) {
            MctpInterface itf = platform.addInterface(bus.name(), spec.mctp().network(), board.platformBinding(bus.name()));
            itf.setLocalEid(spec.mctp().localEid());
        }
        requester = new ControlRequester(platform, RequestOptions.DEFAULT);
        owner = new BusOwner(platform, requester, new EidPool(spec.mctp().dynamicEidFirst(), spec.mctp().dynamicEidLast()));
    }

    @AfterEach
    void stop() {
        platform.close();
        board.close();
    }

    private <T> T await(CompletableFuture<T> f) throws Exception {
        return scheduler.await(f, LIMIT);
    }

    private DiscoveredEndpoint setup(ComponentSpec c) throws Exception {
        return await(owner.setupEndpoint(c.bus(), c.linkAddress()));
    }

    private MiResponse ask(EndpointId eid, MiRequest request) throws Exception {
        Bytes reply = await(platform.request(spec.mctp().network(), eid, NvmeMiCodec.encode(request)));
        return NvmeMiCodec.decodeResponse(reply, request);
    }

    @Test
    void busOwnerAssignsEidsAndReadsHealthAndIdentityOfEveryDrive() throws Exception {
        List<EndpointId> eids = new ArrayList<>();
        // every drive with an NVMe-MI endpoint; the M.2 boot drive (boot0) answers only the Basic Management Command
        assertThat(spec.drives()).filteredOn(d -> !d.mi()).extracting(NvmeDriveSpec::id).containsExactly("boot0");
        for (NvmeDriveSpec c : spec.drives().stream().filter(NvmeDriveSpec::mi).toList()) {
            DiscoveredEndpoint e = setup(c);
            eids.add(e.eid());
            assertThat(e.uuid()).isEqualTo(c.identity().uuid());
            assertThat(e.messageTypes()).contains(MessageType.CONTROL, MessageType.NVME_MI);
            assertThat(e.eidAssigned()).isTrue();
            assertThat(((SimNvmeDrive) board.component(c.id())).eid()).contains(e.eid());

            MiResponse health = ask(e.eid(), new HealthStatusPollRequest(0, false));
            assertThat(health).isInstanceOfSatisfying(HealthStatusPollResponse.class, h -> {
                assertThat(h.health().driveFunctional()).isTrue();
                // the Globex drive (quirk ctemp-controller-only) has its temperature only in the Controller Health Status Poll
                assertThat(h.health().temperature().celsius().isPresent())
                        .isEqualTo(!c.hasQuirk(NvmeDriveSpec.QUIRK_CTEMP_CONTROLLER_ONLY));
            });
            MiResponse identify = ask(e.eid(), new IdentifyControllerRequest(0, 0, 0, ControllerIdentity.THRESHOLDS_LENGTH + 2));
            ControllerIdentity id = ControllerIdentity.parse(((IdentifyControllerResponse) identify).data());
            assertThat(id.serialNumber()).isEqualTo(c.identity().serial());
            assertThat(id.modelNumber()).isEqualTo(c.identity().model());
            assertThat(id.pciVendorId()).isEqualTo(c.identity().vendorId());
        }
        assertThat(eids).doesNotHaveDuplicates();
        assertThat(board.segment("smbus0").stats().nacks()).isZero();
    }

    @Test
    void unpluggedDriveIsNackedAndAnswersAgainWithEidZeroAndTheSameUuidAfterPlug() throws Exception {
        NvmeDriveSpec c = spec.drive("nvme5");
        DiscoveredEndpoint first = setup(c);
        SimNvmeDrive drive = (SimNvmeDrive) board.component(c.id());
        VirtualSmbusSegment segment = board.segment(c.bus());

        drive.unplug();
        long nacksBefore = segment.stats().nacks();
        CompletableFuture<Bytes> lost = platform.request(spec.mctp().network(), first.eid(),
                NvmeMiCodec.encode(new HealthStatusPollRequest(0, false)), new RequestOptions(Duration.ofMillis(300), 1));

        assertThat(drive.present()).isFalse();
        assertThat(segment.isAttached(c.address())).isFalse();
        assertThatThrownBy(() -> await(lost)).isInstanceOf(CompletionException.class)
                .satisfies(t -> assertThat(MctpException.extract(t).orElseThrow().reason())
                        .isIn(MctpException.Reason.TRANSMIT_FAILED, MctpException.Reason.TIMEOUT));
        assertThat(segment.stats().nacks()).isGreaterThan(nacksBefore);

        drive.plug();
        var eidAfterPlug = await(requester.getEndpointId(new ControlTarget.Physical(c.bus(), LinkAddress.smbus(c.address()))));
        owner.forget(first);
        DiscoveredEndpoint second = setup(c);

        assertThat(eidAfterPlug.eid()).isEqualTo(EndpointId.NULL);
        assertThat(second.uuid()).isEqualTo(first.uuid());
        assertThat(ask(second.eid(), new HealthStatusPollRequest(0, false))).isInstanceOf(HealthStatusPollResponse.class);
    }

    @Test
    void driveWarmsTowardsAmbientPlusLoadWhilePolled() throws Exception {
        NvmeDriveSpec c = spec.drive("nvme2");
        DiscoveredEndpoint e = setup(c);
        SimNvmeDrive drive = (SimNvmeDrive) board.component(c.id());
        int first = ((HealthStatusPollResponse) ask(e.eid(), new HealthStatusPollRequest(0, false))).health().temperature().celsius().getAsInt();

        scheduler.advance(Duration.ofMinutes(10));
        int later = ((HealthStatusPollResponse) ask(e.eid(), new HealthStatusPollRequest(0, false))).health().temperature().celsius().getAsInt();

        assertThat(first).isEqualTo(24);
        assertThat(later).isBetween((int) c.thermal().idleCelsius(), (int) c.thermal().loadCelsius());
        assertThat((double) later).isCloseTo(drive.temperatureCelsius(), org.assertj.core.api.Assertions.within(0.6));
    }

    @Test
    void hotterAmbientRaisesTemperatureAndWarnsAboveTheThreshold() throws Exception {
        NvmeDriveSpec c = spec.drive("nvme4");
        DiscoveredEndpoint e = setup(c);

        board.setAmbient(24 + 45);
        scheduler.advance(Duration.ofMinutes(10));
        HealthStatusPollResponse hot = (HealthStatusPollResponse) ask(e.eid(), new HealthStatusPollRequest(0, false));

        assertThat(hot.health().temperature().celsius().getAsInt()).isGreaterThan((int) c.thermal().warningCelsius());
        assertThat(hot.health().warnings().isPresent(org.bmcplatform.profiles.nvmemi.SmartWarnings.TEMPERATURE_OUT_OF_RANGE)).isTrue();
    }

    @Test
    void healthPollExchangeTakesWireTimeAndTurnaround() throws Exception {
        NvmeDriveSpec c = spec.drive("nvme0");
        DiscoveredEndpoint e = setup(c);
        VirtualSmbusSegment segment = board.segment(c.bus());
        long busyBefore = segment.stats().busyNanos();
        long start = scheduler.nanoTime();

        ask(e.eid(), new HealthStatusPollRequest(0, false));

        long wire = 2 * segment.timing().singlePacketMessageNanos(20);
        assertThat(segment.stats().busyNanos() - busyBefore).isEqualTo(wire);
        assertThat(scheduler.nanoTime() - start).isGreaterThanOrEqualTo(wire + c.turnaround().toNanos());
    }
}
