package org.bmcplatform.profiles.nvmemi;

import java.util.Map;

/**
 * SMBus/I2C frequency code of configuration identifier 0x01 (NVMe-MI 1.2 §5.1.1, Figure "SMBus/I2C
 * Frequency"; device-protocols.md §2.6): 1 = 100 kHz, 2 = 400 kHz, 3 = 1 MHz, the same code as the
 * Port Information's maximum frequencies. Four bits in a Set (NMD0 11:8); other codes round-trip.
 */
public record SmbusFrequency(int code) {
    public static final SmbusFrequency KHZ_100 = new SmbusFrequency(1);
    public static final SmbusFrequency KHZ_400 = new SmbusFrequency(2);
    public static final SmbusFrequency MHZ_1 = new SmbusFrequency(3);

    private static final Map<Integer, Integer> HERTZ = Map.of(1, 100_000, 2, 400_000, 3, 1_000_000);

    public SmbusFrequency {
        WireRange.check(code, 4, "SMBus/I2C frequency");
    }

    /** The clock in Hz, or 0 for a code without a defined frequency. */
    public int hertz() {
        return HERTZ.getOrDefault(code, 0);
    }

    @Override
    public String toString() {
        int hz = hertz();
        if (hz == 0) {
            return String.format("unknown(0x%x)", code);
        }
        return hz >= 1_000_000 ? hz / 1_000_000 + " MHz" : hz / 1000 + " kHz";
    }
}
