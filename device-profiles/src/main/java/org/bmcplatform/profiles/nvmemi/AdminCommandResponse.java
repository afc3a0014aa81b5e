package org.bmcplatform.profiles.nvmemi;

import org.bmcplatform.mctp.Bytes;

/** Successful MI response to an {@link AdminCommandRequest}: CQE dwords 0, 1, 3 and data as sent. */
public record AdminCommandResponse(int csi, long cqeDword0, long cqeDword1, long cqeDword3, Bytes data)
        implements MiResponse, AdminCompletion {
    public AdminCommandResponse {
        AdminCompletion.validate(csi, cqeDword0, cqeDword1, cqeDword3, data);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.ADMIN_COMMAND;
    }
}
