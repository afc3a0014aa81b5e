package org.bmcplatform.profiles.ncsi;

import java.util.Map;

/**
 * The response code every NC-SI response starts its payload with (DSP0222 "Generic response code
 * values"): a peer's "no" is one of these values, never an exception. Unknown codes round-trip.
 */
public record ResponseCode(int code) {
    public static final ResponseCode COMPLETED = new ResponseCode(0x0000);
    public static final ResponseCode FAILED = new ResponseCode(0x0001);
    public static final ResponseCode UNAVAILABLE = new ResponseCode(0x0002);
    public static final ResponseCode UNSUPPORTED = new ResponseCode(0x0003);
    /** NC-SI 1.2: the answer follows in a Delayed Response Ready AEN (type 0x03). */
    public static final ResponseCode DELAYED = new ResponseCode(0x0004);

    private static final Map<Integer, String> NAMES = Map.of(0, "Command Completed", 1, "Command Failed",
            2, "Command Unavailable", 3, "Command Unsupported", 4, "Delayed Response");

    public ResponseCode {
        WireRange.unsigned(code, 16, "response code");
    }

    public static ResponseCode of(int code) {
        return new ResponseCode(code);
    }

    public boolean isCompleted() {
        return code == 0;
    }

    /** {@code Command Unsupported (0x0003)} or {@code unknown(0x0010)}. */
    public String label() {
        return WireRange.label(NAMES, code, 4);
    }

    @Override
    public String toString() {
        return label();
    }
}
