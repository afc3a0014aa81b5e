package org.bmcplatform.mctp.control;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.smbus.InMemorySmbusSegment;
import org.bmcplatform.mctp.binding.smbus.SmbusBinding;
import org.bmcplatform.mctp.time.VirtualScheduler;

/**
 * A bus owner stack (EID 8, SMBus 0x10) and an endpoint stack (SMBus 0x1D, no EID yet) on one in-memory
 * SMBus segment, in virtual time.
 */
final class ControlBench {
    static final String BUS = "smbus0";
    static final int NETWORK = 1;
    static final LinkAddress ENDPOINT_ADDRESS = LinkAddress.smbus(0x1D);
    static final UUID ENDPOINT_UUID = UUID.fromString("2b3c4d5e-0000-4000-8000-00000000001d");

    final VirtualScheduler scheduler = new VirtualScheduler();
    final InMemorySmbusSegment segment = new InMemorySmbusSegment(scheduler);
    final MctpStack owner = new MctpStack(scheduler, StackSettings.DEFAULTS);
    final MctpStack endpoint = new MctpStack(scheduler, StackSettings.DEFAULTS);
    final MctpInterface ownerInterface;
    final MctpInterface endpointInterface;
    final ControlRequester requester = new ControlRequester(owner, RequestOptions.DEFAULT);

    ControlBench() {
        ownerInterface = owner.addInterface(BUS, NETWORK, new SmbusBinding(segment.attach(0x10), 254));
        ownerInterface.setLocalEid(EndpointId.of(8));
        endpointInterface = endpoint.addInterface(BUS, NETWORK, new SmbusBinding(segment.attach(0x1D), 254));
    }

    static EndpointIdentity simpleEndpoint(Optional<EndpointId> staticEid, MessageType... types) {
        return new EndpointIdentity(ENDPOINT_UUID, Set.of(types), false, staticEid, List.of());
    }

    ControlResponder installResponder(EndpointIdentity identity) {
        ControlResponder r = new ControlResponder(endpoint, identity);
        r.install();
        return r;
    }

    ControlTarget.Physical physical() {
        return new ControlTarget.Physical(BUS, ENDPOINT_ADDRESS);
    }

    <T> T await(CompletableFuture<T> f) {
        try {
            return scheduler.await(f, Duration.ofSeconds(30));
        } catch (TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    /** Runs virtual time until the future is done and returns its failure. */
    Throwable failure(CompletableFuture<?> f) {
        try {
            scheduler.await(f, Duration.ofSeconds(30));
        } catch (TimeoutException e) {
            throw new AssertionError(e);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure, got " + f.join());
    }
}
