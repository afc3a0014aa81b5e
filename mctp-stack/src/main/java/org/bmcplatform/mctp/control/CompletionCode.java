package org.bmcplatform.mctp.control;

import java.util.Map;

/**
 * A control completion code (DSP0236 Table 13): a peer's answer, never an exception. Command-specific
 * codes (0x80-0xFF) and unknown codes are kept and round-trip.
 */
public record CompletionCode(int code) {
    public static final CompletionCode SUCCESS = new CompletionCode(0x00);
    public static final CompletionCode ERROR = new CompletionCode(0x01);
    public static final CompletionCode ERROR_INVALID_DATA = new CompletionCode(0x02);
    public static final CompletionCode ERROR_INVALID_LENGTH = new CompletionCode(0x03);
    public static final CompletionCode ERROR_NOT_READY = new CompletionCode(0x04);
    public static final CompletionCode ERROR_UNSUPPORTED_CMD = new CompletionCode(0x05);
    /** Get MCTP Version Support: the message type number is not supported (DSP0236 §12.6). */
    public static final CompletionCode MESSAGE_TYPE_NOT_SUPPORTED = new CompletionCode(0x80);

    private static final Map<Integer, String> NAMES = Map.of(
            0x00, "SUCCESS", 0x01, "ERROR", 0x02, "ERROR_INVALID_DATA", 0x03, "ERROR_INVALID_LENGTH",
            0x04, "ERROR_NOT_READY", 0x05, "ERROR_UNSUPPORTED_CMD");

    public CompletionCode {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("completion code is one byte, was " + code);
        }
    }

    public static CompletionCode of(int code) {
        return new CompletionCode(code);
    }

    public boolean isSuccess() {
        return code == 0;
    }

    /** {@code SUCCESS}, {@code command specific (0x80)} or {@code unknown(0x2a)}. */
    public String label() {
        String n = NAMES.get(code);
        if (n != null) {
            return n;
        }
        return code >= 0x80 ? String.format("command specific (0x%02x)", code) : String.format("unknown(0x%02x)", code);
    }

    @Override
    public String toString() {
        return label();
    }
}
