package org.bmcplatform.mctp.route;

import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.binding.LinkAddress;

/** A neighbour entry (reference mctp-stack.md §8): an EID on an interface and its link-layer address. */
public record Neighbour(String interfaceName, EndpointId eid, LinkAddress address) {
}
