package org.bmcplatform.profiles.ncsi;

import java.util.UUID;

/**
 * Get Package UUID response (DSP0222 1.1+ "Get Package UUID response packet format"), payload 20
 * bytes: response code, reason code, the 16-byte UUID, read in network byte order as the MCTP
 * control codec reads Get Endpoint UUID. With the Get Version ID IDs it is the NIC's stable
 * identity across MCTP EID changes.
 */
public record GetPackageUuidResponse(ControlHeader header, ReasonCode reasonCode, UUID uuid) implements NcsiResponse {
    public static final int PAYLOAD_LENGTH = 20;

    public GetPackageUuidResponse {
        WireRange.required(header, "header");
        WireRange.required(reasonCode, "reason code");
        WireRange.required(uuid, "UUID");
    }

    @Override
    public NcsiCommand command() {
        return NcsiCommand.GET_PACKAGE_UUID;
    }
}
