package org.bmcplatform.profiles.ncsi;

/**
 * Link Status Change AEN (DSP0222 "Link Status Change AEN format", AEN type 0x00, enabled by AEN
 * Enable bit 0), payload 12 bytes: 3 reserved bytes, AEN type, Link Status (u32, the same field as
 * in Get Link Status), OEM Link Status (u32).
 */
public record LinkStatusChangeAen(ControlHeader header, LinkStatus linkStatus, long oemLinkStatus) implements NcsiAen {
    public static final int PAYLOAD_LENGTH = 12;

    public LinkStatusChangeAen {
        WireRange.required(header, "header");
        WireRange.required(linkStatus, "link status");
        WireRange.unsigned(oemLinkStatus, 32, "OEM link status");
    }

    @Override
    public AenType aenType() {
        return AenType.LINK_STATUS_CHANGE;
    }
}
