package org.bmcplatform.profiles.ncsi;

/** Get Capabilities request (DSP0222 "Get Capabilities command packet format"): no payload. */
public record GetCapabilitiesRequest(ControlHeader header) implements NcsiRequest {
    public GetCapabilitiesRequest {
        WireRange.required(header, "header");
    }

    @Override
    public NcsiCommand command() {
        return NcsiCommand.GET_CAPABILITIES;
    }
}
