package org.bmcplatform.app.buses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpEndpoint;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.loopback.LoopbackBinding;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.control.ControlResponder;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;
import org.bmcplatform.mctp.control.EndpointIdentity;
import org.bmcplatform.mctp.control.EndpointQuery;
import org.bmcplatform.mctp.route.Route;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/**
 * Endpoint setup on the kernel transport, through the endpoint API only: here the API is a Java stack that
 * routes EID 20 to a responder, as the kernel routes the EIDs mctpd set up; EID 21 has no route, as an EID
 * mctpd never assigned.
 */
class KernelEndpointSetupTest {
    private static final int NET = 1;
    private static final UUID DEVICE = UUID.fromString("0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final MctpStack platform = new MctpStack(scheduler, StackSettings.DEFAULTS);
    private final MctpStack device = new MctpStack(scheduler, StackSettings.DEFAULTS);
    private final Bus network = new Bus("net1", "net1", KernelTransport.BINDING, false, NET, 0, Bus.NO_ADDRESS, List.of(),
            List.of(20, 21), new BusLane("net1"));

    KernelEndpointSetupTest() {
        LoopbackBinding.Pair link = LoopbackBinding.pair(scheduler, 68, LinkAddress.NONE, LinkAddress.NONE);
        platform.addInterface("mctp0", NET, link.first()).setLocalEid(EndpointId.of(8));
        device.addInterface("mctp0", NET, link.second()).setLocalEid(EndpointId.of(20));
        platform.routes().add(new Route(NET, EndpointId.of(20), EndpointId.of(20), "mctp0", Optional.empty(), 68));
        device.routes().add(new Route(NET, EndpointId.of(8), EndpointId.of(8), "mctp0", Optional.empty(), 68));
        new ControlResponder(device, new EndpointIdentity(DEVICE, Set.of(MessageType.PLDM, MessageType.NCSI), false,
                Optional.empty(), List.of())).install();
    }

    private KernelEndpointSetup setupThrough(MctpEndpoint endpoint) {
        return new KernelEndpointSetup(new EndpointQuery(new ControlRequester(endpoint, RequestOptions.DEFAULT)));
    }

    private <T> T await(CompletableFuture<T> f) throws Exception {
        return scheduler.await(f, Duration.ofSeconds(10));
    }

    @Test
    void anEidWithARouteIsAskedItsUuidAndMessageTypesAndKeepsItsEid() throws Exception {
        DiscoveredEndpoint d = await(setupThrough(platform).setUp(network, 20));

        assertThat(d).isEqualTo(new DiscoveredEndpoint(NET, EndpointId.of(20), DEVICE, "net1", LinkAddress.NONE,
                Set.of(MessageType.CONTROL, MessageType.PLDM, MessageType.NCSI), false));
    }

    @Test
    void anEidWithoutARouteFailsAtOnceWithNoRoute() {
        CompletableFuture<DiscoveredEndpoint> f = setupThrough(platform).setUp(network, 21);

        assertThat(f).isCompletedExceptionally();
        assertThatThrownBy(f::join).satisfies(e ->
                assertThat(MctpException.extract(e).orElseThrow().reason()).isEqualTo(MctpException.Reason.NO_ROUTE));
    }

    @Test
    void eidRangesAreUnicastFirstLast() {
        assertThat(KernelTransport.parseEids("8-254")).hasSize(247).startsWith(8).endsWith(254);
        assertThat(KernelTransport.parseEids(" 0x20 - 0x22 ")).containsExactly(0x20, 0x21, 0x22);
        for (String bad : List.of("7-20", "20-255", "30-20", "20", "a-b", "")) {
            assertThatThrownBy(() -> KernelTransport.parseEids(bad)).hasMessageContaining("bmc.mctp.kernel-eids")
                    .hasMessageContaining("8-254");
        }
    }
}
