package org.bmcplatform.profiles.pldm;

import java.util.List;

/**
 * EventMessageSupported response (DSP0248 Table "EventMessageSupported command format"): completion code,
 * synchronyConfiguration enum8 (the mode in use, coded like eventMessageGlobalEnable),
 * synchronyConfigurationSupported bitfield8 (bit n: mode n supported), numberEventClassReturned u8
 * (implicit: the size of {@code eventClasses}), then eventClass u8 each.
 */
public record EventMessageSupportedResponse(int instanceId, EventMessageGlobalEnable synchronyConfiguration,
                                            int synchronyConfigurationSupported, List<Integer> eventClasses)
        implements PldmResponse {
    public EventMessageSupportedResponse {
        WireRange.instanceId(instanceId);
        WireRange.required(synchronyConfiguration, "synchrony configuration");
        WireRange.unsigned(synchronyConfigurationSupported, 8, "synchrony configuration supported");
        eventClasses = List.copyOf(WireRange.required(eventClasses, "event classes"));
        if (eventClasses.size() > 255) {
            throw new IllegalArgumentException("numberEventClassReturned is a u8, " + eventClasses.size() + " classes given");
        }
        eventClasses.forEach(c -> WireRange.unsigned(c, 8, "event class"));
    }

    /** Whether the terminus supports the mode (a bit of synchronyConfigurationSupported). */
    public boolean supports(EventMessageGlobalEnable mode) {
        return mode.code() < 8 && (synchronyConfigurationSupported & 1 << mode.code()) != 0;
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.EVENT_MESSAGE_SUPPORTED;
    }
}
