package org.bmcplatform.mctp.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.bmcplatform.mctp.EndpointId;

/**
 * The routing table (reference mctp-stack.md §8): EID ranges per network to an interface, directly or
 * through a gateway. Overlapping ranges in one network are rejected; route MTUs are clamped to the
 * interface's binding MTU. Thread-safe.
 */
public final class RoutingTable {
    /** Gateway resolution depth, as in Linux net/mctp. */
    static final int MAX_GATEWAY_DEPTH = 32;

    private final Function<String, OptionalInt> bindingMtu;
    private final List<Route> routes = new ArrayList<>();

    /** @param bindingMtu the binding MTU of an interface, empty when the interface is unknown */
    public RoutingTable(Function<String, OptionalInt> bindingMtu) {
        this.bindingMtu = bindingMtu;
    }

    /**
     * Adds a route; its MTU is clamped to the binding MTU of its interface.
     *
     * @throws IllegalArgumentException when the range overlaps an existing route in the network
     */
    public synchronized Route add(Route route) {
        for (Route r : routes) {
            if (r.overlaps(route)) {
                throw new IllegalArgumentException("route " + route.first() + ".." + route.last() + " on network "
                        + route.network() + " overlaps existing route " + r.first() + ".." + r.last());
            }
        }
        Route clamped = route.withMtu(clamp(route.interfaceName(), route.mtu()));
        routes.add(clamped);
        return clamped;
    }

    /** Removes the route starting at {@code first}; answers whether there was one. */
    public synchronized boolean remove(int network, EndpointId first) {
        return routes.removeIf(r -> r.network() == network && r.first().equals(first));
    }

    /** Removes every route through an interface. */
    public synchronized void removeInterface(String interfaceName) {
        routes.removeIf(r -> r.interfaceName().equals(interfaceName));
    }

    /** The route whose range holds {@code eid}. */
    public synchronized Optional<Route> lookup(int network, EndpointId eid) {
        for (Route r : routes) {
            if (r.contains(network, eid)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * Resolves gateways recursively (at most 32 levels): the egress interface is the one of the last
     * direct route, the next hop the last gateway (or the EID itself), the MTU the smallest on the way.
     */
    public synchronized Optional<ResolvedRoute> resolve(int network, EndpointId eid) {
        Optional<Route> first = lookup(network, eid);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Route r = first.get();
        EndpointId hop = eid;
        int mtu = r.mtu();
        for (int depth = 0; r.gateway().isPresent(); depth++) {
            if (depth >= MAX_GATEWAY_DEPTH) {
                return Optional.empty();
            }
            hop = r.gateway().get();
            Optional<Route> next = lookup(network, hop);
            if (next.isEmpty() || next.get() == r) {
                return Optional.empty();
            }
            r = next.get();
            mtu = Math.min(mtu, r.mtu());
        }
        return Optional.of(new ResolvedRoute(first.get(), r.interfaceName(), hop, mtu));
    }

    /**
     * Sets the MTU of the route holding {@code eid}, clamped to the binding MTU.
     *
     * @return the MTU in effect, empty when no route holds the EID
     */
    public synchronized OptionalInt setMtu(int network, EndpointId eid, int mtu) {
        for (int i = 0; i < routes.size(); i++) {
            Route r = routes.get(i);
            if (r.contains(network, eid)) {
                Route updated = r.withMtu(clamp(r.interfaceName(), mtu));
                routes.set(i, updated);
                return OptionalInt.of(updated.mtu());
            }
        }
        return OptionalInt.empty();
    }

    public synchronized List<Route> list() {
        return List.copyOf(routes);
    }

    private int clamp(String interfaceName, int mtu) {
        OptionalInt max = bindingMtu.apply(interfaceName);
        int clamped = max.isPresent() ? Math.min(mtu, max.getAsInt()) : mtu;
        return Math.max(Route.BASELINE_MTU, clamped);
    }
}
