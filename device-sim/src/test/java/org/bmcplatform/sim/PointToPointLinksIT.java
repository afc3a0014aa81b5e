package org.bmcplatform.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.astlpc.AstLpcBinding;
import org.bmcplatform.mctp.binding.astlpc.AstLpcRole;
import org.bmcplatform.mctp.binding.pcc.PccBinding;
import org.bmcplatform.mctp.binding.pcc.PccRole;
import org.bmcplatform.mctp.binding.serial.SerialBinding;
import org.bmcplatform.mctp.binding.smbus.SmbusBinding;
import org.bmcplatform.mctp.binding.serial.SerialFraming;
import org.bmcplatform.mctp.control.BusOwner;
import org.bmcplatform.mctp.control.ControlCodec;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.control.ControlTarget;
import org.bmcplatform.mctp.control.CompletionCode;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;
import org.bmcplatform.mctp.control.EidPool;
import org.bmcplatform.mctp.control.GetEndpointIdRequest;
import org.bmcplatform.mctp.control.GetEndpointIdResponse;
import org.bmcplatform.mctp.control.VendorDefinedSupport;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.sim.board.BoardFile;
import org.bmcplatform.sim.board.BoardSpec;
import org.bmcplatform.sim.board.BusSpec;
import org.bmcplatform.sim.board.MctpEndpointSpec;
import org.bmcplatform.sim.bus.AstLpcLink;
import org.bmcplatform.sim.bus.PccLink;
import org.bmcplatform.sim.bus.SerialLink;
import org.bmcplatform.sim.component.SimMctpEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The default board's point-to-point links (host0 astlpc, pcc0 PCC, debug0 serial) in virtual time: a
 * platform stack takes every bus's end with {@link VirtualBoard#platformBinding(String)} and sets up the
 * endpoint at the far end of each link as the bus owner, then measures a Get Endpoint ID exchange
 * against the link's model.
 */
class PointToPointLinksIT {
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final BoardSpec spec = BoardFile.loadDefault();
    private VirtualBoard board;
    private MctpStack platform;
    private ControlRequester requester;
    private BusOwner owner;

    @BeforeEach
    void startBoardAndPlatform() {
        board = VirtualBoard.start(spec, scheduler);
        platform = new MctpStack(scheduler, StackSettings.DEFAULTS);
        for (BusSpec bus : spec.buses()) {
            platform.addInterface(bus.name(), spec.mctp().network(), board.platformBinding(bus.name()))
                    .setLocalEid(spec.mctp().localEid());
        }
        requester = new ControlRequester(platform, RequestOptions.DEFAULT);
        owner = new BusOwner(platform, requester, new EidPool(spec.mctp().dynamicEidFirst(), spec.mctp().dynamicEidLast()));
    }

    @AfterEach
    void stop() {
        platform.close();
        board.close();
    }

    private DiscoveredEndpoint setup(String bus) throws Exception {
        return scheduler.await(owner.setupEndpoint(bus, LinkAddress.NONE), LIMIT);
    }

    /** Runs one Get Endpoint ID to the endpoint and returns how long it took in virtual time. */
    private long exchangeNanos(DiscoveredEndpoint e) throws Exception {
        long start = scheduler.nanoTime();
        GetEndpointIdResponse r = scheduler.await(requester.getEndpointId(new ControlTarget.Logical(e.network(), e.eid())), LIMIT);
        assertThat(r.completionCode()).isEqualTo(CompletionCode.SUCCESS);
        return scheduler.nanoTime() - start;
    }

    @Test
    void platformGetsTheBusOwnerEndOfEveryMedium() {
        Binding smbus = platform.findInterface("smbus1").orElseThrow().binding();
        assertThat(smbus).isInstanceOf(SmbusBinding.class);
        assertThat(smbus.localAddress()).isEqualTo(LinkAddress.smbus(spec.bus("smbus1").address()));
        assertThat(smbus.mtu()).isEqualTo(spec.bus("smbus1").mtu());
        assertThat(platform.findInterface("debug0").orElseThrow().binding()).isInstanceOf(SerialBinding.class);
        assertThat(platform.findInterface("pcc0").orElseThrow().binding())
                .isInstanceOfSatisfying(PccBinding.class, b -> assertThat(b.role()).isEqualTo(PccRole.OSPM));
        assertThat(platform.findInterface("host0").orElseThrow().binding())
                .isInstanceOfSatisfying(AstLpcBinding.class, b -> assertThat(b.role()).isEqualTo(AstLpcRole.BMC));
        assertThatThrownBy(() -> board.platformBinding("pcc0")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> board.platformBinding("smbus9")).isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void everyLinksEndpointIsDiscoverableStaticEidAdoptedOthersAssigned() throws Exception {
        DiscoveredEndpoint host = setup("host0");
        DiscoveredEndpoint controller = setup("pcc0");
        DiscoveredEndpoint debug = setup("debug0");

        assertThat(host.eidAssigned()).isTrue();
        assertThat(host.uuid()).isEqualTo(spec.endpoint("host-fw").uuid());
        assertThat(host.messageTypes()).containsExactlyInAnyOrder(MessageType.CONTROL, MessageType.PLDM);
        assertThat(((SimMctpEndpoint) board.component("host-fw")).eid()).contains(host.eid());

        assertThat(controller.eidAssigned()).isFalse();
        assertThat(controller.eid()).isEqualTo(EndpointId.of(0x20));
        assertThat(controller.uuid()).isEqualTo(spec.endpoint("platform-ctl").uuid());

        assertThat(debug.eidAssigned()).isTrue();
        assertThat(debug.messageTypes()).contains(MessageType.VENDOR_PCI);
        assertThat(owner.vendorDefinedSupport(debug)).containsExactly(VendorDefinedSupport.pci(0x1a03, 0x0001));
        assertThat(debug.eid()).isNotEqualTo(host.eid());
        for (String bus : new String[] {"host0", "pcc0", "debug0"}) {
            assertThat(platform.findInterface(bus).orElseThrow().binding().isLinkUp()).as(bus).isTrue();
        }
    }

    // DSP0253 §7: a frame is flag, revision, byte count, the escaped packet, FCS-16 and flag; 8N1 sends 10 bits a byte
    @Test
    void serialExchangeTakesFrameBytesTimesTenOverBaudPlusTurnaround() throws Exception {
        DiscoveredEndpoint e = setup("debug0");
        SerialLink link = (SerialLink) board.link("debug0");
        MctpEndpointSpec mcu = spec.endpoint("debug-mcu");
        long toMcu = link.bytesToComponent();
        long toPlatform = link.bytesToPlatform();

        long took = exchangeNanos(e);

        // 4-byte transport header + message; header and control bytes here never need escaping
        int requestFrame = SerialFraming.encode(packet(ControlCodec.encode(new GetEndpointIdRequest(0)))).length();
        int responseFrame = SerialFraming.encode(packet(ControlCodec.encode(new GetEndpointIdResponse(0, CompletionCode.SUCCESS,
                e.eid(), GetEndpointIdResponse.ENDPOINT_SIMPLE, GetEndpointIdResponse.EID_DYNAMIC, 0)))).length();
        assertThat(requestFrame).isEqualTo(13);
        assertThat(responseFrame).isEqualTo(17);
        assertThat(link.bytesToComponent() - toMcu).isEqualTo(requestFrame);
        assertThat(link.bytesToPlatform() - toPlatform).isEqualTo(responseFrame);
        long byteNanos = Math.round(10e9 / spec.bus("debug0").baud());
        assertThat(took).isEqualTo((requestFrame + responseFrame) * byteNanos + mcu.turnaround().toNanos());
    }

    // DSP0292: the request costs one doorbell, the response one platform interrupt; command-complete hand-backs overlap
    @Test
    void pccExchangeTakesDoorbellAndInterruptLatencyPlusTurnaround() throws Exception {
        DiscoveredEndpoint e = setup("pcc0");
        PccLink link = (PccLink) board.link("pcc0");

        long took = exchangeNanos(e);

        assertThat(link.latency()).isEqualTo(Duration.ofNanos(1000L * BusSpec.DEFAULT_PCC_LATENCY_US));
        assertThat(took).isEqualTo(2 * link.latency().toNanos() + spec.endpoint("platform-ctl").turnaround().toNanos());
    }

    // libmctp astlpc: a packet is Tx Begin (0x01) from the sender and Rx Complete (0x02) from the receiver through
    // the one-byte ODR/IDR; a side writes its data register only after the other side read the last byte it wrote
    @Test
    void astlpcExchangeTakesKcsAccessLatenciesPlusTurnaround() throws Exception {
        DiscoveredEndpoint e = setup("host0");
        AstLpcLink link = (AstLpcLink) board.link("host0");
        long l = link.latency().toNanos();
        long turnaround = spec.endpoint("host-fw").turnaround().toNanos();
        scheduler.advance(Duration.ofMillis(1));
        long writesBefore = link.kcsDataWrites();

        long idle = exchangeNanos(e);
        long backToBack = exchangeNanos(e);

        // request Tx Begin; the host's Rx Complete must be read (L) and the host told (L) before its Tx Begin,
        // which overlaps its turnaround; response Tx Begin
        assertThat(idle).isEqualTo(l + Math.max(turnaround, 2 * l) + l);
        // back to back the BMC's Rx Complete of the last response must be read and the BMC told first: 2 more
        assertThat(backToBack).isEqualTo(2 * l + idle);
        assertThat(link.kcsDataWrites() - writesBefore).isEqualTo(2 * 4);
    }

    @Test
    void unpluggedDebugMcuTakesTheSerialLinkDownAndComesBackAtEidZero() throws Exception {
        DiscoveredEndpoint first = setup("debug0");
        SimMctpEndpoint mcu = (SimMctpEndpoint) board.component("debug-mcu");

        mcu.unplug();

        assertThat(platform.findInterface("debug0").orElseThrow().binding().isLinkUp()).isFalse();
        assertThatThrownBy(() -> exchangeNanos(first))
                .satisfies(t -> assertThat(MctpException.extract(t).orElseThrow().reason()).isEqualTo(MctpException.Reason.BINDING_DOWN));

        mcu.plug();
        GetEndpointIdResponse fresh = scheduler.await(requester.getEndpointId(new ControlTarget.Physical("debug0", LinkAddress.NONE)), LIMIT);
        assertThat(platform.findInterface("debug0").orElseThrow().binding().isLinkUp()).isTrue();
        assertThat(fresh.eid()).isEqualTo(EndpointId.NULL);
    }

    @Test
    void rebootedHostSetsTheAstlpcChannelUpAgainAndIsAssignedAnEidAgain() throws Exception {
        DiscoveredEndpoint first = setup("host0");
        SimMctpEndpoint host = (SimMctpEndpoint) board.component("host-fw");

        host.unplug();
        host.plug();
        scheduler.advance(Duration.ofMillis(1)); // the host's KCS init and version negotiation
        owner.forget(first);
        DiscoveredEndpoint second = setup("host0");

        assertThat(platform.findInterface("host0").orElseThrow().binding().isLinkUp()).isTrue();
        assertThat(second.uuid()).isEqualTo(first.uuid());
        assertThat(second.eidAssigned()).isTrue();
        assertThat(host.eid()).contains(second.eid());
    }

    @Test
    void restartedPlatformControllerStillHoldsItsStaticEid() throws Exception {
        setup("pcc0");
        SimMctpEndpoint controller = (SimMctpEndpoint) board.component("platform-ctl");

        controller.unplug();
        controller.plug();
        GetEndpointIdResponse r = scheduler.await(requester.getEndpointId(new ControlTarget.Physical("pcc0", LinkAddress.NONE)), LIMIT);

        assertThat(r.eid()).isEqualTo(EndpointId.of(0x20));
        assertThat(r.eidType()).isEqualTo(GetEndpointIdResponse.EID_STATIC_CURRENT);
    }

    /** A single-packet message behind a transport header (DSP0236 §8.1); only its length matters here. */
    private static Bytes packet(Bytes message) {
        return Bytes.ofUnsigned(0x01, 0x09, 0x08, 0xC8).concat(message);
    }
}
