package org.bmcplatform.mctp;

import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.DropCounters;

/** One binding instance in one network on an {@link MctpStack} (reference mctp-stack.md §8). */
public interface MctpInterface {

    String name();

    int network();

    Binding binding();

    /** Our EID on this interface; {@link EndpointId#NULL} until assigned. */
    EndpointId localEid();

    /** Assigns our EID on this interface: the null EID or a unicast EID (8..254). */
    void setLocalEid(EndpointId eid);

    boolean isUp();

    /** Down: transmissions fail with BINDING_DOWN and received packets are dropped (INTERFACE_DOWN). */
    void setUp(boolean up);

    /** Packet, assembly and message drops on this interface. */
    DropCounters drops();

    InterfaceCounters counters();
}
