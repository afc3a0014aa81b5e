package org.bmcplatform.profiles.nvmemi;

/**
 * SW of the NVM Subsystem Health Data Structure (NVMe-MI 1.2 §5.6): active-low critical warning
 * bits; a cleared bit means the condition is present, 0xFF means healthy.
 */
public record SmartWarnings(int raw) {
    public static final int SPARE_BELOW_THRESHOLD = 1;
    public static final int TEMPERATURE_OUT_OF_RANGE = 1 << 1;
    public static final int RELIABILITY_DEGRADED = 1 << 2;
    public static final int MEDIA_READ_ONLY = 1 << 3;
    public static final int VOLATILE_BACKUP_FAILED = 1 << 4;
    public static final int PMR_READ_ONLY = 1 << 5;
    private static final int DEFINED = 0x3F;

    public static final SmartWarnings NONE = new SmartWarnings(0xFF);

    public SmartWarnings {
        if (raw < 0 || raw > 0xFF) {
            throw new IllegalArgumentException("SW is one byte, was " + raw);
        }
    }

    /** Builds the active-low byte from active-high condition bits (the constants above). */
    public static SmartWarnings ofConditions(int activeHighBits) {
        return new SmartWarnings(~activeHighBits & 0xFF);
    }

    /** The present conditions as active-high bits 5:0. */
    public int conditions() {
        return ~raw & DEFINED;
    }

    public boolean isPresent(int conditionBit) {
        return (conditions() & conditionBit) != 0;
    }

    public boolean any() {
        return conditions() != 0;
    }
}
