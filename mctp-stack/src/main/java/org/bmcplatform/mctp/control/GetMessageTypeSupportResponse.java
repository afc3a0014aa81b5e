package org.bmcplatform.mctp.control;

import java.util.List;
import org.bmcplatform.mctp.MessageType;

/** Get Message Type Support response (DSP0236 §12.7, Table 18): count, then one byte per supported type. */
public record GetMessageTypeSupportResponse(int instanceId, CompletionCode completionCode, List<MessageType> messageTypes)
        implements ControlResponse {
    public GetMessageTypeSupportResponse {
        ControlHeader.checkInstanceId(instanceId);
        if (completionCode == null || messageTypes == null) {
            throw new IllegalArgumentException("completionCode and messageTypes must not be null");
        }
        messageTypes = List.copyOf(messageTypes);
        if (messageTypes.size() > 0xFF) {
            throw new IllegalArgumentException("at most 255 message types");
        }
    }

    public static GetMessageTypeSupportResponse failure(int instanceId, CompletionCode cc) {
        return new GetMessageTypeSupportResponse(instanceId, cc, List.of());
    }

    @Override
    public ControlCommand command() {
        return ControlCommand.GET_MESSAGE_TYPE_SUPPORT;
    }
}
