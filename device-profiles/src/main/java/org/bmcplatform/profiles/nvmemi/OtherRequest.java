package org.bmcplatform.profiles.nvmemi;

import org.bmcplatform.mctp.Bytes;

/** A request of an NMIMT this codec does not model (control primitive, PCIe command, ...): the body as sent. */
public record OtherRequest(int csi, MessageKind kind, Bytes body) implements MiRequest {
    public OtherRequest {
        WireRange.csi(csi);
        WireRange.required(kind, "NMIMT");
        WireRange.required(body, "body");
        if (kind.equals(MessageKind.MI_COMMAND) || kind.equals(MessageKind.ADMIN_COMMAND)) {
            throw new IllegalArgumentException("MI and admin commands have their own records");
        }
    }
}
