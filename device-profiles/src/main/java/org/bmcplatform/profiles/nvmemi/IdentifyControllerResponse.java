package org.bmcplatform.profiles.nvmemi;

import org.bmcplatform.mctp.Bytes;

/**
 * Response to {@link IdentifyControllerRequest} (NVMe-MI 1.2 §6, Figure "NVMe Admin Command
 * Response"): MI status success, completion queue entry dwords 0, 1 and 3, then the requested slice
 * of the Identify Controller data structure.
 */
public record IdentifyControllerResponse(int csi, long cqeDword0, long cqeDword1, long cqeDword3, Bytes data)
        implements MiResponse, AdminCompletion {
    public IdentifyControllerResponse {
        AdminCompletion.validate(csi, cqeDword0, cqeDword1, cqeDword3, data);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.ADMIN_COMMAND;
    }
}
