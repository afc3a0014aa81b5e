package org.bmcplatform.profiles.pldm;

/** EventMessageSupported request (DSP0248 Table "EventMessageSupported command format"): formatVersion u8 (1). */
public record EventMessageSupportedRequest(int instanceId, int formatVersion) implements PldmRequest {
    public EventMessageSupportedRequest {
        WireRange.instanceId(instanceId);
        WireRange.unsigned(formatVersion, 8, "format version");
    }

    public static EventMessageSupportedRequest of(int instanceId) {
        return new EventMessageSupportedRequest(instanceId, PlatformEventMessageRequest.FORMAT_VERSION);
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.EVENT_MESSAGE_SUPPORTED;
    }
}
