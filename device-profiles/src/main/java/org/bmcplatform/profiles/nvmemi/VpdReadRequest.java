package org.bmcplatform.profiles.nvmemi;

/** VPD Read request (NVMe-MI 1.2 §5.10): opcode 0x05, NMD0 15:0 = offset, NMD1 15:0 = length. */
public record VpdReadRequest(int csi, int offset, int length) implements MiRequest {
    public VpdReadRequest {
        WireRange.csi(csi);
        WireRange.check(offset, 16, "VPD offset (NMD0)");
        WireRange.check(length, 16, "VPD length (NMD1)");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.MI_COMMAND;
    }
}
