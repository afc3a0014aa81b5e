package org.bmcplatform.mctp.checksum;

import org.bmcplatform.mctp.Bytes;

/**
 * The SMBus packet error code (DSP0237 §6, SMBus 3.x §6.4): CRC-8, polynomial x^8+x^2+x+1 (0x07),
 * initial value 0, not reflected, no final XOR (CRC-8/SMBUS, check value 0xF4).
 */
public final class Crc8Smbus {
    /** The catalogue check value: CRC over ASCII "123456789". */
    public static final int CHECK = 0xF4;

    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i;
            for (int b = 0; b < 8; b++) {
                c = (c & 0x80) != 0 ? ((c << 1) ^ 0x07) & 0xFF : (c << 1) & 0xFF;
            }
            TABLE[i] = c;
        }
    }

    private Crc8Smbus() {
    }

    /** Feeds one byte into a running CRC (start with 0). */
    public static int update(int crc, int value) {
        return TABLE[(crc ^ value) & 0xFF];
    }

    /** The CRC of {@code length} bytes from {@code from}. */
    public static int compute(Bytes data, int from, int length) {
        int crc = 0;
        for (int i = from; i < from + length; i++) {
            crc = update(crc, data.get(i));
        }
        return crc;
    }

    public static int compute(Bytes data) {
        return compute(data, 0, data.length());
    }
}
