package org.bmcplatform.mctp;

import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.capture.PacketTap;

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

    /**
     * Installs a tap that sees every packet received from the binding (before any check) and every
     * packet handed to it, with direction, time and link address; e.g.
     * {@code iface.addTap(new PcapngWriter(path))}. Adding the same tap twice installs it once. A tap
     * that throws is removed and counted in {@link InterfaceCounters#tapFailures()}.
     */
    void addTap(PacketTap tap);

    /** Removes the tap; removing one that is not installed does nothing. */
    void removeTap(PacketTap tap);
}
