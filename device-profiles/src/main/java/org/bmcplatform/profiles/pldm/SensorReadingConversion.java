package org.bmcplatform.profiles.pldm;

import java.math.BigDecimal;

/**
 * Converts raw numeric sensor values into engineering units with the Numeric Sensor PDR's
 * resolution, offset and unitModifier (DSP0248 §28.4 Table 78 and "Numeric sensor reading
 * conversion"): {@code Y = (resolution × raw + offset) × 10^unitModifier}, in the PDR's baseUnit.
 * The same formula applies to readings, maxReadable/minReadable, hysteresis and the range fields.
 * As openbmc's platform-mc does, a NaN resolution or offset is left out rather than poisoning the
 * value.
 *
 * <p>real32 resolution and offset enter through their shortest decimal form (0.1f counts as 0.1, not
 * 0.100000001490116), and a negative unitModifier divides by an exact power of ten, so a raw 425
 * with resolution 0.1 reads 42.5, not 42.50000063.
 */
public final class SensorReadingConversion {
    private SensorReadingConversion() {
    }

    /** The engineering value of {@code raw} under {@code pdr}. */
    public static double toEngineeringUnits(double raw, NumericSensorPdr pdr) {
        return toEngineeringUnits(raw, pdr.resolution(), pdr.offset(), pdr.units().unitModifier());
    }

    /** {@code (resolution × raw + offset) × 10^unitModifier}. */
    public static double toEngineeringUnits(double raw, float resolution, float offset, int unitModifier) {
        double value = raw;
        if (!Float.isNaN(resolution)) {
            value *= decimal(resolution);
        }
        if (!Float.isNaN(offset)) {
            value += decimal(offset);
        }
        return unitModifier >= 0 ? value * Math.pow(10, unitModifier) : value / Math.pow(10, -unitModifier);
    }

    private static double decimal(float f) {
        return Float.isInfinite(f) ? f : new BigDecimal(Float.toString(f)).doubleValue();
    }
}
