package org.bmcplatform.profiles.nvmemi;

/**
 * Read NVMe-MI Data Structure response (NVMe-MI 1.2 §5.7): success, NMRESP 15:0 = response data
 * length (computed by the codec), then the structure.
 */
public record ReadDataStructureResponse(int csi, DataStructure structure) implements MiResponse {
    public ReadDataStructureResponse {
        WireRange.csi(csi);
        WireRange.required(structure, "structure");
    }

    @Override
    public MessageKind kind() {
        return MessageKind.MI_COMMAND;
    }
}
