package org.bmcplatform.profiles.nvmemi;

import org.bmcplatform.mctp.Bytes;

/** A successful response to a {@link MiCommandRequest}: NMRESP (24 bits) and response data as sent. */
public record MiCommandResponse(int csi, int nmresp, Bytes data) implements MiResponse {
    public MiCommandResponse {
        WireRange.csi(csi);
        WireRange.check(nmresp, 24, "NMRESP");
        WireRange.required(data, "response data");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.MI_COMMAND;
    }
}
