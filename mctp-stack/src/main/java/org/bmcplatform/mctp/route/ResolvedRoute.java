package org.bmcplatform.mctp.route;

import org.bmcplatform.mctp.EndpointId;

/**
 * Where a packet to an EID goes after gateway resolution: the egress interface, the next-hop EID whose
 * link address the neighbour table holds, and the smallest MTU along the chain (reference §8).
 */
public record ResolvedRoute(Route route, String interfaceName, EndpointId nextHop, int mtu) {
}
