package org.bmcplatform.profiles.nvmemi;

/**
 * NVMe Admin Identify (opcode 0x06, CDW10 CNS = 0x01 Identify Controller) tunnelled through NVMe-MI
 * (NVMe-MI 1.2 §6, Figure "NVMe Admin Command Request"): 68-byte request header with flags DLENV|DOFFV,
 * controller id, NSID 0, DOFF and DLEN (4-byte aligned, at most 4096 bytes per transfer).
 */
public record IdentifyControllerRequest(int csi, int controllerId, int dataOffset, int dataLength) implements MiRequest {
    /** Size of the Identify Controller data structure (NVMe 2.0 §5.17.2.1). */
    public static final int STRUCTURE_SIZE = 4096;

    public IdentifyControllerRequest {
        WireRange.csi(csi);
        WireRange.check(controllerId, 16, "controller id");
        if (dataOffset < 0 || dataOffset % 4 != 0 || dataLength <= 0 || dataLength % 4 != 0
                || dataOffset + dataLength > STRUCTURE_SIZE) {
            throw new IllegalArgumentException("DOFF/DLEN must be 4-byte aligned, DLEN > 0 and within "
                    + STRUCTURE_SIZE + " bytes, was " + dataOffset + "/" + dataLength);
        }
    }

    @Override
    public MessageKind kind() {
        return MessageKind.ADMIN_COMMAND;
    }
}
