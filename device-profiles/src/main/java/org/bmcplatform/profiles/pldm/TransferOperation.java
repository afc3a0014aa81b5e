package org.bmcplatform.profiles.pldm;

import java.util.Map;

/**
 * The transferOperationFlag of a multipart request (GetPLDMVersion DSP0240, GetPDR DSP0248,
 * GetFRURecordTable DSP0257): 0 GetNextPart, 1 GetFirstPart. Unknown codes round-trip.
 */
public record TransferOperation(int code) {
    public static final TransferOperation GET_NEXT_PART = new TransferOperation(0x00);
    public static final TransferOperation GET_FIRST_PART = new TransferOperation(0x01);

    private static final Map<Integer, String> NAMES = Map.of(0, "GetNextPart", 1, "GetFirstPart");

    public TransferOperation {
        WireRange.unsigned(code, 8, "transfer operation flag");
    }

    public String label() {
        return WireRange.label(NAMES, code);
    }

    @Override
    public String toString() {
        return label();
    }
}
