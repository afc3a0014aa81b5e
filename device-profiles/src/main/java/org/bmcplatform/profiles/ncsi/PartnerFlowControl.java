package org.bmcplatform.profiles.ncsi;

/** Link Status bits 19:18, the link partner's flow control capability (DSP0222 "Link Status field bit definitions"). */
public enum PartnerFlowControl {
    NOT_PAUSE_CAPABLE(0), SYMMETRIC(1), ASYMMETRIC(2), SYMMETRIC_AND_ASYMMETRIC(3);

    private final int code;

    PartnerFlowControl(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Every 2-bit value is defined. */
    public static PartnerFlowControl ofCode(int code) {
        WireRange.unsigned(code, 2, "link partner flow control");
        return values()[code];
    }
}
