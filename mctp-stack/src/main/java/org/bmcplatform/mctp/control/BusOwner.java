package org.bmcplatform.mctp.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.route.Route;

/**
 * Sets up endpoints as the bus owner (DSP0236 §8.17; mctpd SetupEndpoint, reference mctp-stack.md §5.3):
 * Get Endpoint ID by physical address; adopt a valid free EID the device already has, else allocate one,
 * add route and neighbour before Set Endpoint ID (the device may talk at once), and move to another EID
 * if the device chose a valid free one; then Get Endpoint UUID, Get Message Type Support and, when
 * vendor-defined types are listed, Get Vendor Defined Message Support. The endpoint is published only
 * when every step succeeded; on failure its route, neighbour and EID are given back.
 */
public final class BusOwner {
    /** New peers start at the baseline packet size (mctpd PR #51): devices that only take BTU packets work. */
    public static final int NEW_PEER_MTU = Route.BASELINE_MTU;

    private final MctpStack stack;
    private final ControlRequester requester;
    private final EndpointQuery query;
    private final EidPool pool;
    private final Map<Key, DiscoveredEndpoint> endpoints = new ConcurrentHashMap<>();
    private final Map<Key, List<VendorDefinedSupport>> vendorSupport = new ConcurrentHashMap<>();
    private final Map<Key, CompletableFuture<DiscoveredEndpoint>> inFlight = new ConcurrentHashMap<>();

    private record Key(String interfaceName, LinkAddress address) {
    }

    public BusOwner(MctpStack stack, ControlRequester requester, EidPool pool) {
        this.stack = stack;
        this.requester = requester;
        this.query = new EndpointQuery(requester);
        this.pool = pool;
    }

    /** The endpoints published so far. */
    public List<DiscoveredEndpoint> endpoints() {
        return List.copyOf(endpoints.values());
    }

    /** The vendor-defined message support sets an endpoint listed (empty if it lists no vendor type). */
    public List<VendorDefinedSupport> vendorDefinedSupport(DiscoveredEndpoint e) {
        return vendorSupport.getOrDefault(new Key(e.interfaceName(), e.address()), List.of());
    }

    /**
     * Sets up the endpoint at a physical address. A call for an address whose setup is still running
     * joins that setup instead of starting a second one (two would hand out two EIDs to one device).
     */
    public CompletableFuture<DiscoveredEndpoint> setupEndpoint(String interfaceName, LinkAddress address) {
        return run(interfaceName, address, true);
    }

    /**
     * Learns the endpoint at a physical address on a link we do not own (we are a simple endpoint there,
     * e.g. a serial link whose far end is the bus owner): Get Endpoint ID, then its EID is adopted and
     * described as in {@link #setupEndpoint}, but never assigned: the peer must already have a unicast EID.
     */
    public CompletableFuture<DiscoveredEndpoint> learnEndpoint(String interfaceName, LinkAddress address) {
        return run(interfaceName, address, false);
    }

    private CompletableFuture<DiscoveredEndpoint> run(String interfaceName, LinkAddress address, boolean mayAssign) {
        Optional<MctpInterface> found = stack.findInterface(interfaceName);
        if (found.isEmpty()) {
            return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.INVALID_ARGUMENT,
                    "no interface named " + interfaceName));
        }
        Key key = new Key(interfaceName, address);
        CompletableFuture<DiscoveredEndpoint> result = new CompletableFuture<>();
        CompletableFuture<DiscoveredEndpoint> running = inFlight.putIfAbsent(key, result);
        if (running != null) {
            return running.thenApply(d -> d);
        }
        CompletableFuture<DiscoveredEndpoint> setup;
        try {
            setup = setup(found.get(), key, mayAssign);
        } catch (RuntimeException e) {
            setup = CompletableFuture.failedFuture(e);
        }
        // leave inFlight before completing, so a caller reacting to the result can start a fresh setup
        setup.whenComplete((d, e) -> {
            inFlight.remove(key, result);
            if (e != null) {
                result.completeExceptionally(e);
            } else {
                result.complete(d);
            }
        });
        return result.thenApply(d -> d);
    }

    private CompletableFuture<DiscoveredEndpoint> setup(MctpInterface iface, Key key, boolean mayAssign) {
        ControlTarget.Physical physical = new ControlTarget.Physical(key.interfaceName(), key.address());
        return requester.getEndpointId(physical).thenCompose(r -> {
            if (!r.isSuccess()) {
                throw new ControlRefusedException(where(key) + " answered Get Endpoint ID with " + r.completionCode(),
                        r.completionCode());
            }
            DiscoveredEndpoint known = endpoints.get(key);
            if (known != null && known.eid().equals(r.eid())) {
                return CompletableFuture.completedFuture(known);
            }
            if (known != null) {
                forget(known);
            }
            if (!mayAssign) {
                return adoptOwnersEid(iface.network(), key, r.eid());
            }
            if (r.eid().isUnicast() && !r.busOwnerOrBridge() && claim(iface.network(), r.eid())) {
                addRoute(iface.network(), r.eid(), key);
                return describe(iface.network(), key, r.eid(), false);
            }
            return assign(iface.network(), key, physical);
        });
    }

    /** On a link the peer owns, its EID is taken as it is: it must be a unicast EID nobody else here uses. */
    private CompletableFuture<DiscoveredEndpoint> adoptOwnersEid(int network, Key key, EndpointId eid) {
        if (!eid.isUnicast()) {
            throw new MctpException(MctpException.Reason.REFUSED, where(key) + " owns the link but reports EID "
                    + eid + "; it must give itself a unicast EID (8..254) before we can talk to it");
        }
        if (!claim(network, eid)) {
            throw new MctpException(MctpException.Reason.INVALID_ARGUMENT, where(key) + " uses EID " + eid
                    + ", which is already in use on network " + network + "; give one of them another EID");
        }
        addRoute(network, eid, key);
        return describe(network, key, eid, false);
    }

    private CompletableFuture<DiscoveredEndpoint> assign(int network, Key key, ControlTarget.Physical physical) {
        EndpointId eid = allocate(network).orElseThrow(() -> new MctpException(MctpException.Reason.INVALID_ARGUMENT,
                "no free EID left in " + pool.first() + ".." + pool.last() + " for " + where(key)));
        addRoute(network, eid, key);
        return requester.setEndpointId(physical, SetEidOperation.SET_EID, eid).handle((s, e) -> {
            if (e != null) {
                removeRoute(network, eid, key);
                throw e instanceof CompletionException ce ? ce : new CompletionException(e);
            }
            try {
                return checkAssignment(network, key, eid, s);
            } catch (RuntimeException x) {
                removeRoute(network, eid, key);
                throw x;
            }
        }).thenCompose(inUse -> describe(network, key, inUse, true));
    }

    /** The EID the device now uses after Set Endpoint ID; moves route and neighbour if it kept another one. */
    private EndpointId checkAssignment(int network, Key key, EndpointId eid, SetEndpointIdResponse s) {
        if (!s.accepted()) {
            throw new ControlRefusedException(where(key) + " did not accept EID " + eid + ": completion "
                    + s.completionCode() + ", assignment status " + s.assignmentStatus(), s.completionCode());
        }
        if (s.eid().equals(eid)) {
            return eid;
        }
        // DSP0236 §12.3: the device kept another EID; follow it when it is valid and free
        if (!s.eid().isUnicast() || !claim(network, s.eid())) {
            throw new ControlRefusedException(where(key) + " reports EID " + s.eid()
                    + " in use, which is not a free unicast EID", s.completionCode());
        }
        removeRoute(network, eid, key);
        addRoute(network, s.eid(), key);
        return s.eid();
    }

    private CompletableFuture<DiscoveredEndpoint> describe(int network, Key key, EndpointId eid, boolean assigned) {
        return query.describe(network, eid, where(key)).thenApply(description -> {
            DiscoveredEndpoint d = new DiscoveredEndpoint(network, eid, description.uuid(), key.interfaceName(),
                    key.address(), description.messageTypes(), assigned);
            vendorSupport.put(key, description.vendorSupport());
            endpoints.put(key, d);
            return d;
        }).whenComplete((d, e) -> {
            if (e != null) {
                removeRoute(network, eid, key);
            }
        });
    }

    /** Removes the endpoint's route and neighbour and returns its EID to the pool. */
    public void forget(DiscoveredEndpoint e) {
        Key key = new Key(e.interfaceName(), e.address());
        if (endpoints.remove(key, e)) {
            vendorSupport.remove(key);
            removeRoute(e.network(), e.eid(), key);
        }
    }

    private synchronized Optional<EndpointId> allocate(int network) {
        while (true) {
            Optional<EndpointId> eid = pool.allocate();
            if (eid.isEmpty() || !usedOutsidePool(network, eid.get())) {
                return eid;
            }
            // taken by a static route or a local EID: it stays marked in use in the pool
        }
    }

    /** Marks an EID ours if nobody uses it: not in the pool's use, no local EID, no route. */
    private synchronized boolean claim(int network, EndpointId eid) {
        if (pool.isInUse(eid) || usedOutsidePool(network, eid)) {
            return false;
        }
        return pool.reserve(eid);
    }

    private boolean usedOutsidePool(int network, EndpointId eid) {
        for (MctpInterface i : stack.interfaces()) {
            if (i.network() == network && i.localEid().equals(eid)) {
                return true;
            }
        }
        return stack.routes().lookup(network, eid).isPresent();
    }

    private synchronized void addRoute(int network, EndpointId eid, Key key) {
        stack.routes().add(new Route(network, eid, eid, key.interfaceName(), Optional.empty(), NEW_PEER_MTU));
        stack.neighbours().put(key.interfaceName(), eid, key.address());
    }

    private synchronized void removeRoute(int network, EndpointId eid, Key key) {
        stack.routes().remove(network, eid);
        stack.neighbours().remove(key.interfaceName(), eid);
        pool.release(eid);
    }

    private static String where(Key key) {
        return "the endpoint at " + key.interfaceName() + " " + key.address();
    }
}
