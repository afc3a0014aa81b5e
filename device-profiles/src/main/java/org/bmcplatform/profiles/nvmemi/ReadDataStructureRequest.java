package org.bmcplatform.profiles.nvmemi;

/**
 * Read NVMe-MI Data Structure request (NVMe-MI 1.2 §5.7): opcode 0x00, NMD0 = DTYP (31:24), PORTID
 * (23:16), CTRLID (15:0); NMD1 = 0.
 */
public record ReadDataStructureRequest(int csi, DataStructureType type, int portId, int controllerId) implements MiRequest {
    public ReadDataStructureRequest {
        WireRange.csi(csi);
        WireRange.required(type, "DTYP");
        WireRange.check(portId, 8, "PORTID");
        WireRange.check(controllerId, 16, "CTRLID");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.MI_COMMAND;
    }
}
