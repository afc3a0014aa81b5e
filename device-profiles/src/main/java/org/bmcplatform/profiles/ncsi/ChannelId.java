package org.bmcplatform.profiles.ncsi;

/**
 * The Channel ID header byte (DSP0222 "Channel ID format"): package ID in bits 7:5 (0..7) and the
 * internal channel ID in bits 4:0 (0..30; 0x1F addresses the package itself, not a channel).
 */
public record ChannelId(int packageId, int channel) {
    /** The internal channel value that addresses the whole package. */
    public static final int PACKAGE_LEVEL = 0x1F;

    public ChannelId {
        WireRange.unsigned(packageId, 3, "package ID");
        WireRange.unsigned(channel, 5, "internal channel ID");
    }

    public static ChannelId of(int packageId, int channel) {
        return new ChannelId(packageId, channel);
    }

    /** Package {@code packageId} itself (channel 0x1F), for package-level commands. */
    public static ChannelId packageLevel(int packageId) {
        return new ChannelId(packageId, PACKAGE_LEVEL);
    }

    public static ChannelId ofCode(int code) {
        WireRange.unsigned(code, 8, "channel ID");
        return new ChannelId(code >>> 5, code & 0x1F);
    }

    /** The header byte. */
    public int code() {
        return packageId << 5 | channel;
    }

    public boolean isPackageLevel() {
        return channel == PACKAGE_LEVEL;
    }

    @Override
    public String toString() {
        return isPackageLevel() ? "package " + packageId : "package " + packageId + " channel " + channel;
    }
}
