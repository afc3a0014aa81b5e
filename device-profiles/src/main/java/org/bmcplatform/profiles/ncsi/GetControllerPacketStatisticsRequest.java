package org.bmcplatform.profiles.ncsi;

/** Get Controller Packet Statistics request (DSP0222 "Get Controller Packet Statistics command packet format"): no payload. */
public record GetControllerPacketStatisticsRequest(ControlHeader header) implements NcsiRequest {
    public GetControllerPacketStatisticsRequest {
        WireRange.required(header, "header");
    }

    @Override
    public NcsiCommand command() {
        return NcsiCommand.GET_CONTROLLER_PACKET_STATISTICS;
    }
}
