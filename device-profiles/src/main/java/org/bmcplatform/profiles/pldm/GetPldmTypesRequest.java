package org.bmcplatform.profiles.pldm;

/** GetPLDMTypes request (DSP0240 Table "GetPLDMTypes command format"): no request data. */
public record GetPldmTypesRequest(int instanceId) implements PldmRequest {
    public GetPldmTypesRequest {
        WireRange.instanceId(instanceId);
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_PLDM_TYPES;
    }
}
