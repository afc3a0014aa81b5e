package org.bmcplatform.profiles.pldm;

import java.util.Map;

/**
 * The transferFlag of a multipart response as DSP0240 (GetPLDMVersion) and DSP0257
 * (GetFRURecordTable) define it: 0x01 Start, 0x02 Middle, 0x04 End, 0x05 StartAndEnd. GetPDR uses
 * different codes for Start and Middle, see {@link PdrTransferFlag}. Unknown codes round-trip.
 */
public record TransferFlag(int code) {
    public static final TransferFlag START = new TransferFlag(0x01);
    public static final TransferFlag MIDDLE = new TransferFlag(0x02);
    public static final TransferFlag END = new TransferFlag(0x04);
    public static final TransferFlag START_AND_END = new TransferFlag(0x05);

    private static final Map<Integer, String> NAMES = Map.of(1, "Start", 2, "Middle", 4, "End", 5, "StartAndEnd");

    public TransferFlag {
        WireRange.unsigned(code, 8, "transfer flag");
    }

    /** Start or StartAndEnd. */
    public boolean isFirst() {
        return code == 0x01 || code == 0x05;
    }

    /** End or StartAndEnd: the part that carries the trailing CRC-32. */
    public boolean isLast() {
        return code == 0x04 || code == 0x05;
    }

    public String label() {
        return WireRange.label(NAMES, code);
    }

    @Override
    public String toString() {
        return label();
    }
}
