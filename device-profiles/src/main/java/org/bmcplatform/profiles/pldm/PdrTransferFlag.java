package org.bmcplatform.profiles.pldm;

import java.util.Map;

/**
 * The transferFlag of a GetPDR response (DSP0248 Table "GetPDR command format"): 0x00 Start,
 * 0x01 Middle, 0x04 End, 0x05 StartAndEnd. Start and Middle differ from DSP0240's multipart codes
 * ({@link TransferFlag}); libpldm keeps the two sets apart the same way. The part flagged End, and
 * only that one, carries the transferCRC. Unknown codes round-trip.
 */
public record PdrTransferFlag(int code) {
    public static final PdrTransferFlag START = new PdrTransferFlag(0x00);
    public static final PdrTransferFlag MIDDLE = new PdrTransferFlag(0x01);
    public static final PdrTransferFlag END = new PdrTransferFlag(0x04);
    public static final PdrTransferFlag START_AND_END = new PdrTransferFlag(0x05);

    private static final Map<Integer, String> NAMES = Map.of(0, "Start", 1, "Middle", 4, "End", 5, "StartAndEnd");

    public PdrTransferFlag {
        WireRange.unsigned(code, 8, "transfer flag");
    }

    /** End or StartAndEnd: the record is complete after this part. */
    public boolean isLast() {
        return code == 0x04 || code == 0x05;
    }

    /** Only an End part carries the CRC-8 of the whole record (libpldm {@code encode_get_pdr_resp}). */
    public boolean carriesCrc() {
        return code == 0x04;
    }

    public String label() {
        return WireRange.label(NAMES, code);
    }

    @Override
    public String toString() {
        return label();
    }
}
