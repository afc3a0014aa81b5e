package org.bmcplatform.profiles.ncsi;

/**
 * The caller-chosen fields of the 16-byte NC-SI control packet header (DSP0222 "Control packet
 * header format"): MC ID, instance ID (IID) and Channel ID. The header revision (0x01), the control
 * packet type, the payload length and the reserved bytes are implicit: {@link NcsiCodec} writes
 * them. Commands use IID 1..255 and the response echoes the request's; AENs carry IID 0.
 */
public record ControlHeader(int mcId, int instanceId, ChannelId channel) {
    /** MC ID 0x00, which Linux and phosphor-networkd always send. */
    public static final int DEFAULT_MC_ID = 0x00;

    public ControlHeader {
        WireRange.unsigned(mcId, 8, "MC ID");
        WireRange.unsigned(instanceId, 8, "instance ID");
        WireRange.required(channel, "channel ID");
    }

    /** MC ID 0, {@code instanceId}, {@code channel}. */
    public static ControlHeader of(int instanceId, ChannelId channel) {
        return new ControlHeader(DEFAULT_MC_ID, instanceId, channel);
    }
}
