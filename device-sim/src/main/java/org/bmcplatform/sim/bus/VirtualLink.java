package org.bmcplatform.sim.bus;

import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.LinkAddress;

/**
 * One virtual bus as the two sides see it: the platform's end, a binding its stack adds as an
 * interface, and the components' ends, a fresh binding at every power-on. The medium in between
 * charges the modelled transfer time (SMBus wire time, UART byte time, PCC doorbell latency, KCS access
 * latency) on the scheduler it was built with.
 */
public interface VirtualLink extends AutoCloseable {

    /** The bus name from the board file. */
    String name();

    /** The binding kind: {@code smbus}, {@code serial}, {@code pcc} or {@code astlpc}. */
    String kind();

    /**
     * The platform's end of the link, to add to the platform's stack. Handed out once per link: the
     * medium has one platform side (one SMBus address, one end of a point-to-point link).
     *
     * @throws IllegalStateException when it was already handed out or the link is closed
     */
    Binding platformBinding();

    /**
     * A component's end, for one power-on: a fresh binding at {@code address} (its SMBus address, or
     * {@link LinkAddress#NONE} on a point-to-point link). Closing the binding pulls the component off the
     * medium; a later call plugs it in again.
     *
     * @throws IllegalStateException when that place is occupied or the link is closed
     */
    default Binding componentBinding(LinkAddress address) {
        return componentBinding(address, new WireDamage());
    }

    /**
     * A component's end as {@link #componentBinding(LinkAddress)}, whose frames go onto the medium through
     * {@code damage}: a frame carrying a marked packet is damaged on the wire, after the binding framed it.
     */
    Binding componentBinding(LinkAddress address, WireDamage damage);

    /** Closes the medium: both ends stop. Idempotent. */
    @Override
    void close();
}
