package org.bmcplatform.profiles.nvmemi;

import org.bmcplatform.mctp.Bytes;

/** Successful MI response to an {@link AdminCommandRequest}: CQE dwords 0, 1, 3 and data as sent. */
public record AdminCommandResponse(int csi, long cqeDword0, long cqeDword1, long cqeDword3, Bytes data)
        implements MiResponse {
    public AdminCommandResponse {
        WireRange.csi(csi);
        WireRange.check(cqeDword0, 32, "CQE DW0");
        WireRange.check(cqeDword1, 32, "CQE DW1");
        WireRange.check(cqeDword3, 32, "CQE DW3");
        WireRange.required(data, "data");
    }

    public int nvmeStatus() {
        return (int) (cqeDword3 >>> 17);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.ADMIN_COMMAND;
    }
}
