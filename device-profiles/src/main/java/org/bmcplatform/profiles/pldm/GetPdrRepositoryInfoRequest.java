package org.bmcplatform.profiles.pldm;

/** GetPDRRepositoryInfo request (DSP0248 Table "GetPDRRepositoryInfo command format"): no request data. */
public record GetPdrRepositoryInfoRequest(int instanceId) implements PldmRequest {
    public GetPdrRepositoryInfoRequest {
        WireRange.instanceId(instanceId);
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.GET_PDR_REPOSITORY_INFO;
    }
}
