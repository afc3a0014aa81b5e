package org.bmcplatform.profiles.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A NIC profile's ports: NC-SI channels 0..n-1 of package {@code packageId}, polled with Get Link Status
 * (DSP0222). {@code channels} empty means as many as Get Capabilities reported (asset ncsiChannels, from the
 * ncsi-capabilities step), else one. {@code statistics}, when present, is how often each channel's traffic and
 * error counters are read with Get Controller Packet Statistics (DSP0222, reference §1.8): at most once per
 * interval, when the caller says they are due ({@link #statisticsDue}).
 */
public record PortsSpec(int packageId, OptionalInt channels, Optional<Duration> statistics) {
    /** Channel IDs are 5 bits and 0x1F is the package itself (reference §7 item 15). */
    public static final int MAX_CHANNELS = 31;

    public PortsSpec {
        if (packageId < 0 || packageId > 7) {
            throw new IllegalArgumentException("an NC-SI package ID is 0..7, was " + packageId);
        }
        if (channels == null || channels.isPresent() && (channels.getAsInt() < 1 || channels.getAsInt() > MAX_CHANNELS)) {
            throw new IllegalArgumentException("channels is 1.." + MAX_CHANNELS + " or auto");
        }
        if (statistics == null || statistics.isPresent() && (statistics.get().isNegative() || statistics.get().isZero())) {
            throw new IllegalArgumentException("the statistics interval is positive, or absent for none");
        }
    }

    /** Ports without packet statistics. */
    public PortsSpec(int packageId, OptionalInt channels) {
        this(packageId, channels, Optional.empty());
    }

    /**
     * Whether a poll at {@code now} should read the packet statistics, given when they were last asked for (empty:
     * never): only with a statistics interval, and once that interval has passed.
     */
    public boolean statisticsDue(Optional<Instant> lastAsked, Instant now) {
        return statistics.isPresent()
                && lastAsked.map(last -> !now.isBefore(last.plus(statistics.get()))).orElse(true);
    }
}
