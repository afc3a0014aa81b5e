package org.bmcplatform.profiles.nvmemi;

import org.bmcplatform.mctp.Bytes;

/**
 * Response to {@link IdentifyControllerRequest} (NVMe-MI 1.2 §6, Figure "NVMe Admin Command
 * Response"): MI status success, completion queue entry dwords 0, 1 and 3, then the requested slice
 * of the Identify Controller data structure.
 */
public record IdentifyControllerResponse(int csi, long cqeDword0, long cqeDword1, long cqeDword3, Bytes data)
        implements MiResponse {
    public IdentifyControllerResponse {
        WireRange.csi(csi);
        WireRange.check(cqeDword0, 32, "CQE DW0");
        WireRange.check(cqeDword1, 32, "CQE DW1");
        WireRange.check(cqeDword3, 32, "CQE DW3");
        WireRange.required(data, "data");
    }

    /** The NVMe status field (CQE DW3 bits 31:17); 0 means the admin command succeeded. */
    public int nvmeStatus() {
        return (int) (cqeDword3 >>> 17);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.ADMIN_COMMAND;
    }
}
