package org.bmcplatform.profiles.pldm;

import java.util.ArrayList;
import java.util.List;
import org.bmcplatform.mctp.Bytes;

/**
 * The 256-bit command bitfield of a GetPLDMCommands response (DSP0240 Table "GetPLDMCommands command
 * format", PLDMCommands bitfield8[32]): bit n of byte n/8 set means command n is supported.
 */
public record SupportedCommands(Bytes bits) {
    public static final int LENGTH = 32;

    public SupportedCommands {
        if (WireRange.required(bits, "command bitfield").length() != LENGTH) {
            throw new IllegalArgumentException("the command bitfield is 32 bytes, was " + bits.length());
        }
    }

    public static SupportedCommands of(int... commands) {
        byte[] b = new byte[LENGTH];
        for (int c : commands) {
            WireRange.unsigned(c, 8, "command code");
            b[c / 8] |= (byte) (1 << (c % 8));
        }
        return new SupportedCommands(Bytes.wrap(b));
    }

    public boolean supports(int command) {
        return command >= 0 && command < 256 && (bits.get(command / 8) & 1 << (command % 8)) != 0;
    }

    /** The supported command codes in ascending order. */
    public List<Integer> commands() {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < 256; c++) {
            if (supports(c)) {
                out.add(c);
            }
        }
        return out;
    }
}
