package org.bmcplatform.mctp.control;

/** Set Endpoint ID operation, request byte 1 bits 1:0 (DSP0236 §12.3, Table 14). All four codes are defined. */
public enum SetEidOperation {
    SET_EID(0), FORCE_EID(1), RESET_EID(2), SET_DISCOVERED_FLAG(3);

    private final int code;

    SetEidOperation(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static SetEidOperation of(int code) {
        for (SetEidOperation o : values()) {
            if (o.code == code) {
                return o;
            }
        }
        throw new IllegalArgumentException("Set EID operation is 2 bits (0..3), was " + code);
    }
}
