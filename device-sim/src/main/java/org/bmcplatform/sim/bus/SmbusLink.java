package org.bmcplatform.sim.bus;

import java.util.Objects;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.smbus.SmbusBinding;

/**
 * A {@link VirtualSmbusSegment} as a {@link VirtualLink}: the platform is an {@link SmbusBinding} at its
 * own address with the bus MTU, each component an {@link SmbusBinding} at its address (DSP0237).
 */
public final class SmbusLink implements VirtualLink {
    private final VirtualSmbusSegment segment;
    private final int platformAddress;
    private final int mtu;

    /**
     * @param segment         the segment
     * @param platformAddress the platform's own 7-bit address on it
     * @param mtu             the MTU of the platform's and the components' bindings (68..254)
     */
    public SmbusLink(VirtualSmbusSegment segment, int platformAddress, int mtu) {
        this.segment = Objects.requireNonNull(segment, "segment");
        if (mtu < SmbusBinding.MIN_MTU || mtu > SmbusBinding.MAX_MTU) {
            throw new IllegalArgumentException("SMBus MTU must be " + SmbusBinding.MIN_MTU + ".." + SmbusBinding.MAX_MTU + ", was " + mtu);
        }
        this.platformAddress = platformAddress;
        this.mtu = mtu;
    }

    public VirtualSmbusSegment segment() {
        return segment;
    }

    @Override
    public String name() {
        return segment.name();
    }

    @Override
    public String kind() {
        return "smbus";
    }

    @Override
    public Binding platformBinding() {
        return new SmbusBinding(segment.attach(platformAddress), mtu);
    }

    @Override
    public Binding componentBinding(LinkAddress address, WireDamage damage) {
        return new SmbusBinding(segment.attach(address.smbusAddress(), damage), mtu);
    }

    @Override
    public void close() {
        segment.close();
    }

    @Override
    public String toString() {
        return segment.toString();
    }
}
