package org.bmcplatform.profiles.pldm;

/** PlatformEventMessage response (DSP0248 Table "PlatformEventMessage command format"): completion code, platformEventStatus. */
public record PlatformEventMessageResponse(int instanceId, PlatformEventStatus status) implements PldmResponse {
    public PlatformEventMessageResponse {
        WireRange.instanceId(instanceId);
        WireRange.required(status, "platform event status");
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.PLATFORM_EVENT_MESSAGE;
    }
}
