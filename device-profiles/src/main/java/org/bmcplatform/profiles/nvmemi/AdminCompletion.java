package org.bmcplatform.profiles.nvmemi;

import org.bmcplatform.mctp.Bytes;

/**
 * What every successful NVMe Admin Command response carries (NVMe-MI 1.2 §6, Figure "NVMe Admin
 * Command Response"): completion queue entry dwords 0, 1 and 3, then the response data. The codec
 * writes and reads this layout once for all of them.
 */
public sealed interface AdminCompletion permits AdminCommandResponse, IdentifyControllerResponse {
    long cqeDword0();

    long cqeDword1();

    long cqeDword3();

    Bytes data();

    /** The NVMe status field (CQE DW3 bits 31:17); 0 means the admin command succeeded. */
    default int nvmeStatus() {
        return (int) (cqeDword3() >>> 17);
    }

    /** The checks both records' compact constructors make. */
    static void validate(int csi, long cqeDword0, long cqeDword1, long cqeDword3, Bytes data) {
        WireRange.csi(csi);
        WireRange.check(cqeDword0, 32, "CQE DW0");
        WireRange.check(cqeDword1, 32, "CQE DW1");
        WireRange.check(cqeDword3, 32, "CQE DW3");
        WireRange.required(data, "data");
    }
}
