package org.bmcplatform.sim.board;

import org.bmcplatform.mctp.EndpointId;

/**
 * The platform's MCTP side of the board (DSP0236 §8.2 EIDs, §8.17 bus owner pool).
 *
 * @param network          the MCTP network number of the board's buses
 * @param localEid         the platform's own EID (it is the bus owner)
 * @param dynamicEidFirst  first EID of the pool the bus owner assigns from
 * @param dynamicEidLast   last EID of that pool (inclusive)
 */
public record MctpSpec(int network, EndpointId localEid, EndpointId dynamicEidFirst, EndpointId dynamicEidLast) {

    public MctpSpec {
        if (!localEid.isUnicast() || !dynamicEidFirst.isUnicast() || !dynamicEidLast.isUnicast()) {
            throw new IllegalArgumentException("EIDs must be unicast (8..254)");
        }
        if (dynamicEidFirst.value() > dynamicEidLast.value()) {
            throw new IllegalArgumentException("dynamic EID range " + dynamicEidFirst + "-" + dynamicEidLast + " is empty");
        }
        if (localEid.value() >= dynamicEidFirst.value() && localEid.value() <= dynamicEidLast.value()) {
            throw new IllegalArgumentException("local EID " + localEid + " lies in the dynamic range");
        }
    }

    /** Number of EIDs in the dynamic pool. */
    public int poolSize() {
        return dynamicEidLast.value() - dynamicEidFirst.value() + 1;
    }
}
