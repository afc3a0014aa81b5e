package org.bmcplatform.profiles.nvmemi;

import org.bmcplatform.mctp.Bytes;

/** VPD Read response (NVMe-MI 1.2 §5.10): success, the VPD bytes requested. */
public record VpdReadResponse(int csi, Bytes data) implements MiResponse {
    public VpdReadResponse {
        WireRange.csi(csi);
        WireRange.required(data, "VPD data");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.MI_COMMAND;
    }
}
