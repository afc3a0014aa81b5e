package org.bmcplatform.mctp.route;

import java.util.Optional;
import org.bmcplatform.mctp.EndpointId;

/**
 * A route (reference mctp-stack.md §8): the unicast EID range {@code first..last} in a network is
 * reached through an interface, directly or through a gateway EID (a bridge owning the pool).
 *
 * @param mtu packet size including the 4-byte header, at least 68 (DSP0236 baseline)
 */
public record Route(int network, EndpointId first, EndpointId last, String interfaceName,
                    Optional<EndpointId> gateway, int mtu) {
    /** Baseline packet MTU: 64-byte BTU plus the header (DSP0236 §8.4). */
    public static final int BASELINE_MTU = 68;

    public Route {
        if (first == null || last == null || interfaceName == null || gateway == null) {
            throw new IllegalArgumentException("first, last, interfaceName and gateway are required");
        }
        if (!first.isUnicast() || !last.isUnicast()) {
            throw new IllegalArgumentException("a route covers unicast EIDs 8..254, was " + first + ".." + last);
        }
        if (first.compareTo(last) > 0) {
            throw new IllegalArgumentException("route range " + first + ".." + last + " is reversed");
        }
        if (gateway.isPresent() && !gateway.get().isUnicast()) {
            throw new IllegalArgumentException("gateway must be a unicast EID, was " + gateway.get());
        }
        if (mtu < BASELINE_MTU) {
            throw new IllegalArgumentException("route MTU must be at least " + BASELINE_MTU + ", was " + mtu);
        }
    }

    /** A direct route to one EID at the baseline MTU. */
    public static Route direct(int network, EndpointId eid, String interfaceName) {
        return new Route(network, eid, eid, interfaceName, Optional.empty(), BASELINE_MTU);
    }

    /** A route to a bridged pool {@code first..last} behind {@code gateway}, at the baseline MTU. */
    public static Route viaGateway(int network, EndpointId first, EndpointId last, String interfaceName,
                                   EndpointId gateway) {
        return new Route(network, first, last, interfaceName, Optional.of(gateway), BASELINE_MTU);
    }

    public boolean contains(int net, EndpointId eid) {
        return network == net && eid.compareTo(first) >= 0 && eid.compareTo(last) <= 0;
    }

    public boolean overlaps(Route o) {
        return network == o.network && first.compareTo(o.last) <= 0 && o.first.compareTo(last) <= 0;
    }

    public Route withMtu(int newMtu) {
        return new Route(network, first, last, interfaceName, gateway, newMtu);
    }
}
