package org.bmcplatform.profiles.ncsi;

/** Get Version ID request (DSP0222 "Get Version ID command packet format"): no payload. */
public record GetVersionIdRequest(ControlHeader header) implements NcsiRequest {
    public GetVersionIdRequest {
        WireRange.required(header, "header");
    }

    @Override
    public NcsiCommand command() {
        return NcsiCommand.GET_VERSION_ID;
    }
}
