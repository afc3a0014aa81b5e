package org.bmcplatform.profiles.nvmemi;

import org.bmcplatform.mctp.Bytes;

/**
 * Any other MI command request (NVMe-MI 1.2 §5, Figure "NVMe-MI Request Message"): opcode, three
 * reserved bytes, NMD0, NMD1 and optional request data, kept as sent.
 */
public record MiCommandRequest(int csi, MiOpcode opcode, long nmd0, long nmd1, Bytes data) implements MiRequest {
    public MiCommandRequest {
        WireRange.csi(csi);
        WireRange.required(opcode, "opcode");
        WireRange.check(nmd0, 32, "NMD0");
        WireRange.check(nmd1, 32, "NMD1");
        WireRange.required(data, "request data");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.MI_COMMAND;
    }
}
