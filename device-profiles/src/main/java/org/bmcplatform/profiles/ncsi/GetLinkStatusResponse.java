package org.bmcplatform.profiles.ncsi;

/**
 * Get Link Status response (DSP0222 "Get Link Status response packet format"), payload 16 bytes:
 * response code, reason code, Link Status (u32, {@link LinkStatus}), Other Indications (u32, bit 0
 * host NC driver running), OEM Link Status (u32, meaningful when the Link Status says OEM link
 * speed valid).
 */
public record GetLinkStatusResponse(ControlHeader header, ReasonCode reasonCode, LinkStatus linkStatus,
        long otherIndications, long oemLinkStatus) implements NcsiResponse {
    /** Response payload length, response and reason codes included. */
    public static final int PAYLOAD_LENGTH = 16;

    public GetLinkStatusResponse {
        WireRange.required(header, "header");
        WireRange.required(reasonCode, "reason code");
        WireRange.required(linkStatus, "link status");
        WireRange.unsigned(otherIndications, 32, "other indications");
        WireRange.unsigned(oemLinkStatus, 32, "OEM link status");
    }

    /** Other Indications bit 0. */
    public boolean hostDriverRunning() {
        return (otherIndications & 1) != 0;
    }

    @Override
    public NcsiCommand command() {
        return NcsiCommand.GET_LINK_STATUS;
    }
}
