package org.bmcplatform.sim.thermal;

import java.time.Duration;

/**
 * How a device heats up: its steady temperature idle and at full load at the reference ambient,
 * the thresholds it reports (Identify Controller WCTEMP/CCTEMP) and its thermal time constant.
 *
 * @param idleCelsius     steady temperature at zero load when the ambient is {@code referenceAmbientCelsius}
 * @param loadCelsius     steady temperature at full load at the same ambient
 * @param warningCelsius  warning composite temperature threshold (WCTEMP); above it SW bit 1 is cleared
 * @param criticalCelsius critical composite temperature threshold (CCTEMP)
 * @param timeConstant    first-order lag time constant (63 % of a step after one constant)
 */
public record ThermalParameters(double idleCelsius, double loadCelsius, double warningCelsius, double criticalCelsius,
                                Duration timeConstant) {
    public static final double DEFAULT_WARNING_CELSIUS = 70;
    public static final double DEFAULT_CRITICAL_CELSIUS = 80;
    public static final Duration DEFAULT_TIME_CONSTANT = Duration.ofSeconds(60);

    public ThermalParameters {
        if (loadCelsius < idleCelsius) {
            throw new IllegalArgumentException("load temperature " + loadCelsius + " °C is below idle " + idleCelsius + " °C");
        }
        if (criticalCelsius < warningCelsius) {
            throw new IllegalArgumentException("critical threshold " + criticalCelsius + " °C is below warning " + warningCelsius + " °C");
        }
        if (timeConstant == null || timeConstant.isNegative() || timeConstant.isZero()) {
            throw new IllegalArgumentException("time constant must be positive, was " + timeConstant);
        }
    }

    /** Idle and load temperatures with the default thresholds and time constant. */
    public static ThermalParameters of(double idleCelsius, double loadCelsius) {
        return new ThermalParameters(idleCelsius, loadCelsius, DEFAULT_WARNING_CELSIUS, DEFAULT_CRITICAL_CELSIUS,
                DEFAULT_TIME_CONSTANT);
    }
}
