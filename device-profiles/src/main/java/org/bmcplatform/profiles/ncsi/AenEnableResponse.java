package org.bmcplatform.profiles.ncsi;

/** AEN Enable response (DSP0222 "AEN Enable response packet format"), payload 4 bytes: response code, reason code. */
public record AenEnableResponse(ControlHeader header, ReasonCode reasonCode) implements NcsiResponse {
    public static final int PAYLOAD_LENGTH = 4;

    public AenEnableResponse {
        WireRange.required(header, "header");
        WireRange.required(reasonCode, "reason code");
    }

    @Override
    public NcsiCommand command() {
        return NcsiCommand.AEN_ENABLE;
    }
}
