package org.bmcplatform.mctp.control;

/** Get Message Type Support request (DSP0236 §12.7, Table 18): no data. */
public record GetMessageTypeSupportRequest(int instanceId) implements ControlRequest {
    public GetMessageTypeSupportRequest {
        ControlHeader.checkInstanceId(instanceId);
    }

    @Override
    public ControlCommand command() {
        return ControlCommand.GET_MESSAGE_TYPE_SUPPORT;
    }
}
