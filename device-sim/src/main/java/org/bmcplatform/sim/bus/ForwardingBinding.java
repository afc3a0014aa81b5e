package org.bmcplatform.sim.bus;

import java.util.concurrent.CompletionStage;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.PacketReceiver;

/**
 * A binding that hands everything to the one beneath it: the base of the device-side wrappers that change only
 * what a device sends (its turnaround, its faults). Subclasses override {@link #transmit}.
 */
public abstract class ForwardingBinding implements Binding {
    protected final Binding medium;

    protected ForwardingBinding(Binding medium) {
        this.medium = medium;
    }

    @Override
    public String kind() {
        return medium.kind();
    }

    @Override
    public int mtu() {
        return medium.mtu();
    }

    @Override
    public LinkAddress localAddress() {
        return medium.localAddress();
    }

    @Override
    public void start(PacketReceiver receiver) {
        medium.start(receiver);
    }

    @Override
    public CompletionStage<Void> transmit(Bytes packet, LinkAddress destination) {
        return medium.transmit(packet, destination);
    }

    @Override
    public boolean isLinkUp() {
        return medium.isLinkUp();
    }

    @Override
    public DropCounters drops() {
        return medium.drops();
    }

    @Override
    public void close() {
        medium.close();
    }

    @Override
    public String toString() {
        return medium.toString();
    }
}
