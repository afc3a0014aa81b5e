package org.bmcplatform.profiles.pldm;

/** SetEventReceiver response (DSP0248 Table "SetEventReceiver command format"): the completion code only. */
public record SetEventReceiverResponse(int instanceId) implements PldmResponse {
    public SetEventReceiverResponse {
        WireRange.instanceId(instanceId);
    }

    @Override
    public PldmCommand command() {
        return PldmCommand.SET_EVENT_RECEIVER;
    }
}
