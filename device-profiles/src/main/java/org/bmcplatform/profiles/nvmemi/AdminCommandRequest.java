package org.bmcplatform.profiles.nvmemi;

import org.bmcplatform.mctp.Bytes;

/**
 * Any other NVMe Admin command tunnelled through NVMe-MI (NVMe-MI 1.2 §6): the opcode and the other
 * 63 bytes of the 68-byte request header (offsets 5..67) plus request data, kept as sent.
 */
public record AdminCommandRequest(int csi, int opcode, Bytes header, Bytes data) implements MiRequest {
    public static final int HEADER_REST = 63;

    public AdminCommandRequest {
        WireRange.csi(csi);
        WireRange.check(opcode, 8, "admin opcode");
        if (WireRange.required(header, "header").length() != HEADER_REST) {
            throw new IllegalArgumentException("header bytes 5..67 are " + HEADER_REST + " bytes, was " + header.length());
        }
        WireRange.required(data, "request data");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.ADMIN_COMMAND;
    }
}
