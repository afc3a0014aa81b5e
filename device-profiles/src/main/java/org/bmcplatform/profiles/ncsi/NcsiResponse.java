package org.bmcplatform.profiles.ncsi;

/**
 * A response packet (control packet type command | 0x80, DSP0222 "Response packet format"). Its
 * payload starts with the response code and the reason code, both carried as values: every type
 * but {@link ErrorResponse} has response code Command Completed; any other response code is an
 * {@link ErrorResponse}, the peer's "no" as a value.
 */
public sealed interface NcsiResponse extends NcsiPacket permits AenEnableResponse, GetLinkStatusResponse, GetVersionIdResponse,
        GetCapabilitiesResponse, GetControllerPacketStatisticsResponse, GetPackageUuidResponse, OtherResponse,
        ErrorResponse {

    NcsiCommand command();

    default ResponseCode responseCode() {
        return ResponseCode.COMPLETED;
    }

    ReasonCode reasonCode();

    @Override
    default int packetType() {
        return command().responseType();
    }
}
