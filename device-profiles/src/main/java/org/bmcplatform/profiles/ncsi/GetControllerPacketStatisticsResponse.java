package org.bmcplatform.profiles.ncsi;

/**
 * Get Controller Packet Statistics response (DSP0222 "Get Controller Packet Statistics response
 * packet format"): response code, reason code, then {@link PacketStatistics} in the 32-bit layout
 * (NC-SI 1.0, payload 168) or the 64-bit layout (NC-SI 1.1+, payload 204), chosen by the payload
 * length on decode and by {@link PacketStatistics#width()} on encode.
 */
public record GetControllerPacketStatisticsResponse(ControlHeader header, ReasonCode reasonCode,
        PacketStatistics statistics) implements NcsiResponse {
    public GetControllerPacketStatisticsResponse {
        WireRange.required(header, "header");
        WireRange.required(reasonCode, "reason code");
        WireRange.required(statistics, "statistics");
    }

    @Override
    public NcsiCommand command() {
        return NcsiCommand.GET_CONTROLLER_PACKET_STATISTICS;
    }
}
