package org.bmcplatform.sim.ncsi;

import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.binding.LinkAddress;

/**
 * Where a channel sends its AENs: the management controller that enabled them with AEN Enable (0x08),
 * as the request reached the NIC's stack, and the AEN MC ID it asked for (DSP0222 "AEN Enable command").
 *
 * @param network       the network the AEN Enable arrived on (in the NIC's stack)
 * @param eid           the requester's EID
 * @param interfaceName the NIC interface it arrived on
 * @param address       the requester's physical address on that interface
 * @param mcId          the MC ID to put in the AEN header
 */
public record AenTarget(int network, EndpointId eid, String interfaceName, LinkAddress address, int mcId) {
}
