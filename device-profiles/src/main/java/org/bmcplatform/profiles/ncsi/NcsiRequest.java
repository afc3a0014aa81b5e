package org.bmcplatform.profiles.ncsi;

/** A command packet (control packet type 0x00..0x7F). */
public sealed interface NcsiRequest extends NcsiPacket permits AenEnableRequest, GetLinkStatusRequest, GetVersionIdRequest,
        GetCapabilitiesRequest, GetControllerPacketStatisticsRequest, GetPackageUuidRequest, OtherRequest {

    NcsiCommand command();

    @Override
    default int packetType() {
        return command().code();
    }
}
