package org.bmcplatform.profiles.ncsi;

/** Get Package UUID request (DSP0222 1.1+ "Get Package UUID command packet format"): no payload; send it to the package (channel 0x1F). */
public record GetPackageUuidRequest(ControlHeader header) implements NcsiRequest {
    public GetPackageUuidRequest {
        WireRange.required(header, "header");
    }

    @Override
    public NcsiCommand command() {
        return NcsiCommand.GET_PACKAGE_UUID;
    }
}
