package org.bmcplatform.console.decode;

import java.util.List;

import org.bmcplatform.console.shell.CommandFailure;
import org.bmcplatform.mctp.Bytes;

/**
 * The frame bytes typed after {@code decode smbus|serial}: one quoted string or several words, each
 * byte as two hex digits, optionally {@code 0x}-prefixed or separated by ':' ({@code 3a 0f 08},
 * {@code "3a0f08"}, {@code 0x3a 0x0f}).
 */
final class HexFrame {

    private HexFrame() {
    }

    static Bytes parse(List<String> words, String binding) {
        StringBuilder hex = new StringBuilder();
        if (words != null) {
            for (String word : words) {
                for (String part : word.strip().split("[\\s,]+")) {
                    String p = part.startsWith("0x") || part.startsWith("0X") ? part.substring(2) : part;
                    if (p.length() == 1) {
                        p = "0" + p;
                    }
                    hex.append(p).append(' ');
                }
            }
        }
        if (hex.toString().isBlank()) {
            throw CommandFailure.usage("give the frame as hex bytes: `decode " + binding + " " + example(binding) + "`");
        }
        try {
            return Bytes.fromHex(hex.toString());
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage("the frame is not hex bytes (" + e.getMessage() + "): type each byte as two hex"
                    + " digits, e.g. `decode " + binding + " " + example(binding) + "`");
        }
    }

    private static String example(String binding) {
        return binding.equals("serial") ? "7e 01 07 01 09 08 c8 00 80 02 0e b2 7e" : "3a 0f 08 21 01 09 08 c8 00 80 02 30";
    }
}
