package org.bmcplatform.app.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.app.buses.Bus;
import org.bmcplatform.app.discovery.DiscoveryService;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.control.ControlTarget;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;

/**
 * A component no profile matched (it has no sensors to read): its endpoint is still watched, as mctpd's
 * endpoint recovery does, with Get Endpoint ID to its EID (DSP0236 §12.4). No answer, an error completion
 * code or another EID (the device reset and took a new one) counts as a failed poll, so after the absent
 * threshold the component goes ABSENT and its address is probed again until it returns.
 */
final class PresenceTarget implements PollTarget {
    private final long componentId;
    private final Bus bus;
    private final int address;
    private final DiscoveredEndpoint endpoint;
    private final Duration interval;
    private final ControlRequester requester;
    private final DiscoveryService discovery;

    PresenceTarget(long componentId, Bus bus, int address, DiscoveredEndpoint endpoint, Duration interval,
                   ControlRequester requester, DiscoveryService discovery) {
        this.componentId = componentId;
        this.bus = bus;
        this.address = address;
        this.endpoint = endpoint;
        this.interval = interval;
        this.requester = requester;
        this.discovery = discovery;
    }

    @Override
    public long componentId() {
        return componentId;
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public CompletableFuture<?> poll() {
        ControlTarget.Logical target = new ControlTarget.Logical(endpoint.network(), endpoint.eid());
        return bus.lane().submit(() -> requester.getEndpointId(target)).thenApply(r -> {
            if (!r.isSuccess() || !r.eid().equals(endpoint.eid())) {
                throw new MctpException(MctpException.Reason.REFUSED, "EID " + endpoint.eid() + " answered Get Endpoint ID"
                        + " with " + r.completionCode() + " and EID " + r.eid());
            }
            return r;
        });
    }

    @Override
    public CompletableFuture<ProbeOutcome> probe() {
        return discovery.probe(bus, address)
                .thenApply(found -> found.componentId() == componentId ? ProbeOutcome.RETURNED : ProbeOutcome.REPLACED);
    }

    @Override
    public void wentAbsent() {
        discovery.lost(componentId, endpoint, "no answer from EID " + endpoint.eid().value() + " at "
                + Bus.location(bus.name(), address));
    }
}
