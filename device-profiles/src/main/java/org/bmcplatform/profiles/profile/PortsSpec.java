package org.bmcplatform.profiles.profile;

import java.util.OptionalInt;

/**
 * A NIC profile's ports: NC-SI channels 0..n-1 of package {@code packageId}, polled with Get Link Status
 * (DSP0222). {@code channels} empty means as many as Get Capabilities reported (asset ncsiChannels, from the
 * ncsi-capabilities step), else one.
 */
public record PortsSpec(int packageId, OptionalInt channels) {
    /** Channel IDs are 5 bits and 0x1F is the package itself (reference §7 item 15). */
    public static final int MAX_CHANNELS = 31;

    public PortsSpec {
        if (packageId < 0 || packageId > 7) {
            throw new IllegalArgumentException("an NC-SI package ID is 0..7, was " + packageId);
        }
        if (channels == null || channels.isPresent() && (channels.getAsInt() < 1 || channels.getAsInt() > MAX_CHANNELS)) {
            throw new IllegalArgumentException("channels is 1.." + MAX_CHANNELS + " or auto");
        }
    }
}
