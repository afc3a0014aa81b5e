package org.bmcplatform.mctp;

import org.bmcplatform.mctp.assembly.Reassembler;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.time.Scheduler;

/** The stack's own state for one interface: its binding, reassembler, counters and local EID. */
final class StackInterface implements MctpInterface {
    private final String name;
    private final int network;
    private final Binding binding;
    private final DropCounters drops = new DropCounters();
    private final InterfaceCounters counters = new InterfaceCounters();
    private final Reassembler reassembler;
    private volatile EndpointId localEid = EndpointId.NULL;
    private volatile boolean up = true;

    StackInterface(String name, int network, Binding binding, Scheduler scheduler, StackSettings settings) {
        this.name = name;
        this.network = network;
        this.binding = binding;
        this.reassembler = new Reassembler(scheduler, settings.reassembly(), drops);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int network() {
        return network;
    }

    @Override
    public Binding binding() {
        return binding;
    }

    @Override
    public EndpointId localEid() {
        return localEid;
    }

    @Override
    public void setLocalEid(EndpointId eid) {
        if (eid == null || !(eid.isNull() || eid.isUnicast())) {
            throw new IllegalArgumentException("a local EID is the null EID or unicast 8..254, was " + eid);
        }
        this.localEid = eid;
    }

    @Override
    public boolean isUp() {
        return up;
    }

    @Override
    public void setUp(boolean up) {
        this.up = up;
    }

    @Override
    public DropCounters drops() {
        return drops;
    }

    @Override
    public InterfaceCounters counters() {
        return counters;
    }

    Reassembler reassembler() {
        return reassembler;
    }

    @Override
    public String toString() {
        return name + " (" + binding.kind() + ", network " + network + ", EID " + localEid + (up ? ", up)" : ", down)");
    }
}
