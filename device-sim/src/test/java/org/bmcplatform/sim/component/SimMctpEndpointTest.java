package org.bmcplatform.sim.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.control.BusOwner;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.control.ControlTarget;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;
import org.bmcplatform.mctp.control.EidPool;
import org.bmcplatform.mctp.control.GetEndpointIdResponse;
import org.bmcplatform.mctp.control.SetEidOperation;
import org.bmcplatform.mctp.control.VendorDefinedSupport;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.sim.VirtualBoard;
import org.bmcplatform.sim.board.BoardFile;
import org.bmcplatform.sim.board.BoardSpec;
import org.bmcplatform.sim.board.MctpEndpointSpec;
import org.bmcplatform.sim.bus.VirtualSmbusSegment;
import org.bmcplatform.sim.fault.Fault;
import org.bmcplatform.sim.fault.FaultKind;
import org.bmcplatform.sim.fault.FaultPlan;
import org.bmcplatform.sim.fault.FaultTrigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Generic MCTP endpoints on a 400 kHz SMBus segment, set up by a bus-owner stack (DSP0236 §8.17, §12). */
class SimMctpEndpointTest {
    static final String BOARD = String.join("\n",
            "board: { name: endpoints }",
            "mctp: { network: 1, local-eid: 8, dynamic-eids: 9-30 }",
            "buses:",
            "  - { name: smbus0, binding: smbus, clock-khz: 400, address: 0x10 }",
            "components:",
            "  - id: bridge-mcu",
            "    type: mctp-endpoint",
            "    bus: smbus0",
            "    address: 0x30",
            "    identity: { uuid: 9c8b7a69-5847-4363-a251-403f2e1d0c0b }",
            "    message-types: [pldm, vendor-pci]",
            "    vendor-types: [{ format: pci, vendor-id: 0x8086, command-set: 1 }, { format: pci, vendor-id: 0x1344, command-set: 7 }]",
            "    turnaround-us: 300",
            "  - id: fixed-eid",
            "    type: mctp-endpoint",
            "    bus: smbus0",
            "    address: 0x31",
            "    identity: { uuid: 1b2c3d4e-5f60-4172-8394-a5b6c7d8e9f0 }",
            "    static-eid: 0x40",
            "    turnaround-us: 0",
            "");

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final BoardSpec spec = BoardFile.parse(BOARD, "endpoints.yaml");
    private VirtualBoard board;
    private MctpStack platform;
    private ControlRequester requester;
    private BusOwner owner;

    @BeforeEach
    void start() {
        board = VirtualBoard.start(spec, scheduler);
        platform = new MctpStack(scheduler, StackSettings.DEFAULTS);
        platform.addInterface("smbus0", 1, board.platformBinding("smbus0")).setLocalEid(EndpointId.of(8));
        requester = new ControlRequester(platform, RequestOptions.DEFAULT);
        owner = new BusOwner(platform, requester, new EidPool(EndpointId.of(9), EndpointId.of(30)));
    }

    @AfterEach
    void stop() {
        platform.close();
        board.close();
    }

    private DiscoveredEndpoint setup(String id) throws Exception {
        return scheduler.await(owner.setupEndpoint("smbus0", spec.endpoint(id).linkAddress()), Duration.ofSeconds(2));
    }

    @Test
    void busOwnerAssignsAnEidAndReadsUuidTypesAndEveryVendorSet() throws Exception {
        DiscoveredEndpoint e = setup("bridge-mcu");
        SimMctpEndpoint sim = (SimMctpEndpoint) board.component("bridge-mcu");

        assertThat(e.eidAssigned()).isTrue();
        assertThat(e.eid()).isEqualTo(EndpointId.of(9));
        assertThat(sim.eid()).contains(e.eid());
        assertThat(e.uuid()).isEqualTo(spec.endpoint("bridge-mcu").uuid());
        assertThat(e.messageTypes()).containsExactlyInAnyOrder(MessageType.CONTROL, MessageType.PLDM, MessageType.VENDOR_PCI);
        assertThat(owner.vendorDefinedSupport(e)).containsExactly(VendorDefinedSupport.pci(0x8086, 1), VendorDefinedSupport.pci(0x1344, 7));
    }

    // DSP0236 §8.17.2: an endpoint with a static EID reports it, and the bus owner adopts it
    @Test
    void staticEidIsHeldFromPowerOnAndAdopted() throws Exception {
        SimMctpEndpoint sim = (SimMctpEndpoint) board.component("fixed-eid");
        assertThat(sim.eid()).contains(EndpointId.of(0x40));

        DiscoveredEndpoint e = setup("fixed-eid");

        assertThat(e.eidAssigned()).isFalse();
        assertThat(e.eid()).isEqualTo(EndpointId.of(0x40));
        GetEndpointIdResponse id = scheduler.await(requester.getEndpointId(new ControlTarget.Logical(1, e.eid())), Duration.ofSeconds(1));
        assertThat(id.eidType()).isEqualTo(GetEndpointIdResponse.EID_STATIC_CURRENT);
    }

    @Test
    void answerLeavesAfterRequestWireTimeTurnaroundAndResponseWireTime() throws Exception {
        DiscoveredEndpoint e = setup("bridge-mcu");
        MctpEndpointSpec s = spec.endpoint("bridge-mcu");
        VirtualSmbusSegment segment = board.segment("smbus0");
        long busyBefore = segment.stats().busyNanos();
        long start = scheduler.nanoTime();

        scheduler.await(requester.getEndpointId(new ControlTarget.Logical(1, e.eid())), Duration.ofSeconds(1));

        // Get Endpoint ID: request 3 message bytes (type, Rq/IID, command), response 7 (+ completion, EID, type, medium)
        long wire = segment.timing().singlePacketMessageNanos(3) + segment.timing().singlePacketMessageNanos(7);
        assertThat(segment.stats().busyNanos() - busyBefore).isEqualTo(wire);
        assertThat(scheduler.nanoTime() - start).isEqualTo(wire + s.turnaround().toNanos());
    }

    @Test
    void unpluggedEndpointIsNackedAndComesBackWithoutItsAssignedEid() throws Exception {
        DiscoveredEndpoint first = setup("bridge-mcu");
        SimMctpEndpoint sim = (SimMctpEndpoint) board.component("bridge-mcu");

        sim.unplug();
        var lost = requester.getEndpointId(new ControlTarget.Logical(1, first.eid()));

        assertThat(sim.present()).isFalse();
        assertThat(board.segment("smbus0").isAttached(0x30)).isFalse();
        assertThatThrownBy(() -> scheduler.await(lost, Duration.ofSeconds(2)))
                .satisfies(t -> assertThat(MctpException.extract(t).orElseThrow().reason())
                        .isIn(MctpException.Reason.TRANSMIT_FAILED, MctpException.Reason.TIMEOUT));

        sim.plug();
        GetEndpointIdResponse fresh = scheduler.await(requester.getEndpointId(
                new ControlTarget.Physical("smbus0", spec.endpoint("bridge-mcu").linkAddress())), Duration.ofSeconds(1));
        assertThat(fresh.eid()).isEqualTo(EndpointId.NULL);
        assertThat(sim.eid()).isEmpty();
    }

    @Test
    void busOwnerEndpointRefusesSetEndpointId() throws Exception {
        SimMctpEndpoint owning = new SimMctpEndpoint(spec.endpoint("fixed-eid"), board.link("smbus0"), true, scheduler);
        board.component("fixed-eid").unplug();
        owning.plug();

        var answer = scheduler.await(requester.setEndpointId(new ControlTarget.Physical("smbus0",
                spec.endpoint("fixed-eid").linkAddress()), SetEidOperation.SET_EID, EndpointId.of(20)), Duration.ofSeconds(1));

        assertThat(answer.accepted()).isFalse();
        assertThat(owning.eid()).contains(EndpointId.of(0x40));
        owning.unplug();
    }

    @Test
    void silentEndpointIsNotSetUpUntilItsFaultsAreCleared() throws Exception {
        board.component("bridge-mcu").faults().apply(FaultPlan.of(1, Fault.of(FaultKind.SILENT, FaultTrigger.ALWAYS)));

        assertThatThrownBy(() -> setup("bridge-mcu"))
                .satisfies(t -> assertThat(MctpException.extract(t).orElseThrow().reason()).isEqualTo(MctpException.Reason.TIMEOUT));
        board.component("bridge-mcu").faults().clear();

        assertThat(setup("bridge-mcu").uuid()).isEqualTo(spec.endpoint("bridge-mcu").uuid());
    }

    @Test
    void corruptRepliesOfAnEndpointFailThePlatformsPecCheck() throws Exception {
        board.component("fixed-eid").faults().apply(FaultPlan.of(1, Fault.of(FaultKind.CORRUPT, new FaultTrigger.Every(2))));

        DiscoveredEndpoint e = setup("fixed-eid");

        assertThat(e.eid()).isEqualTo(EndpointId.of(0x40));
        assertThat(platform.findInterface("smbus0").orElseThrow().binding().drops().get(DropReason.BAD_PEC)).isPositive();
    }
}
