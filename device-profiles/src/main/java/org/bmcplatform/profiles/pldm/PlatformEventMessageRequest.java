package org.bmcplatform.profiles.pldm;

/**
 * PlatformEventMessage request (DSP0248 Table "PlatformEventMessage command format"):
 * formatVersion u8 (1), TID u8 of the terminus that raised the event, eventClass u8, eventData.
 */
public record PlatformEventMessageRequest(int instanceId, int formatVersion, int tid, PlatformEvent event)
        implements PldmRequest {
    /** The only format version DSP0248 1.x defines. */
    public static final int FORMAT_VERSION = 1;

    public PlatformEventMessageRequest {
        WireRange.instanceId(instanceId);
        WireRange.unsigned(formatVersion, 8, "format version");
        WireRange.unsigned(tid, 8, "TID");
        WireRange.required(event, "event");
    }

    public static PlatformEventMessageRequest of(int instanceId, int tid, PlatformEvent event) {
        return new PlatformEventMessageRequest(instanceId, FORMAT_VERSION, tid, event);
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.PLATFORM_EVENT_MESSAGE;
    }
}
