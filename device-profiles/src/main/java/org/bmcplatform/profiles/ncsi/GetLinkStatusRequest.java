package org.bmcplatform.profiles.ncsi;

/** Get Link Status request (DSP0222 "Get Link Status command packet format"): no payload. */
public record GetLinkStatusRequest(ControlHeader header) implements NcsiRequest {
    public GetLinkStatusRequest {
        WireRange.required(header, "header");
    }

    @Override
    public NcsiCommand command() {
        return NcsiCommand.GET_LINK_STATUS;
    }
}
