package org.bmcplatform.profiles.nvmemi;

import java.util.zip.CRC32C;
import org.bmcplatform.mctp.Bytes;

/**
 * Hand-written message bodies completed with a MIC computed by the JDK's CRC-32C (the algorithm the
 * independent vectors confirm), so expected bytes never come from the codec under test.
 */
public final class TestFrames {
    private TestFrames() {
    }

    public static Bytes withMic(String hex) {
        Bytes body = Bytes.fromHex(hex);
        CRC32C crc = new CRC32C();
        crc.update(body.toArray());
        long v = crc.getValue();
        return body.concat(Bytes.ofUnsigned((int) v, (int) (v >>> 8), (int) (v >>> 16), (int) (v >>> 24)));
    }

    public static String zeros(int n) {
        return " 00".repeat(n);
    }
}
