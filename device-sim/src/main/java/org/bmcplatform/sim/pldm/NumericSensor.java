package org.bmcplatform.sim.pldm;

import java.util.function.DoubleSupplier;
import org.bmcplatform.profiles.pldm.EventMessageEnable;
import org.bmcplatform.profiles.pldm.GetSensorReadingResponse;
import org.bmcplatform.profiles.pldm.NumericSensorPdr;
import org.bmcplatform.profiles.pldm.SensorOperationalState;
import org.bmcplatform.profiles.pldm.SensorRanges;
import org.bmcplatform.profiles.pldm.SensorState;

/**
 * A numeric sensor behind a Numeric Sensor PDR (DSP0248 §28.4) answering GetSensorReading (DSP0248
 * §18.2). The reading is the engineering value of its source turned into the PDR's raw units
 * ({@code raw = (value / 10^unitModifier − offset) / resolution}, rounded), clamped to minReadable..
 * maxReadable, in whatever sensorDataSize the PDR declares. presentState is the value against the
 * thresholds the PDR supports (warning, critical, fatal; upper and lower); leaving a state needs the
 * PDR's hysteresis. previousState is the state before the last change. The sensor generates no events
 * (sensorEventMessageEnable noEventGeneration), so eventState follows presentState. Thread-safe.
 */
public final class NumericSensor {
    private final NumericSensorPdr pdr;
    private final DoubleSupplier value;
    private SensorOperationalState operationalState = SensorOperationalState.ENABLED;
    private SensorState present = SensorState.UNKNOWN;
    private SensorState previous = SensorState.UNKNOWN;

    /**
     * @param pdr   its PDR: sensor ID, data size, conversion, thresholds
     * @param value the quantity it measures, in the PDR's base unit (e.g. °C), read at each request
     */
    public NumericSensor(NumericSensorPdr pdr, DoubleSupplier value) {
        this.pdr = pdr;
        this.value = value;
    }

    public NumericSensorPdr pdr() {
        return pdr;
    }

    public int sensorId() {
        return pdr.sensorId();
    }

    /** Makes the sensor report another operational state (a failed or disabled sensor, as a fault). */
    public synchronized void setOperationalState(SensorOperationalState state) {
        this.operationalState = state;
    }

    /** The answer to GetSensorReading at this moment. */
    public synchronized GetSensorReadingResponse read(int instanceId) {
        if (!operationalState.isEnabled()) {
            return new GetSensorReadingResponse(instanceId, pdr.dataSize(), operationalState,
                    EventMessageEnable.NO_EVENT_GENERATION, SensorState.UNKNOWN, present, SensorState.UNKNOWN, 0);
        }
        long raw = raw(value.getAsDouble());
        SensorState now = next(raw);
        if (!now.equals(present)) {
            previous = present;
            present = now;
        }
        return new GetSensorReadingResponse(instanceId, pdr.dataSize(), operationalState,
                EventMessageEnable.NO_EVENT_GENERATION, present, previous, present, raw);
    }

    /** The raw value of an engineering value under the PDR's conversion, clamped to what the sensor can read. */
    long raw(double engineering) {
        double scaled = engineering / Math.pow(10, pdr.units().unitModifier());
        if (!Float.isNaN(pdr.offset())) {
            scaled -= pdr.offset();
        }
        if (!Float.isNaN(pdr.resolution()) && pdr.resolution() != 0) {
            scaled /= pdr.resolution();
        }
        long raw = Math.round(scaled);
        long lo = Math.max(pdr.dataSize().min(), pdr.minReadable());
        long hi = Math.min(pdr.dataSize().max(), pdr.maxReadable());
        return Math.max(lo, Math.min(hi, raw));
    }

    private SensorState next(long raw) {
        SensorState fresh = classify(raw, 0);
        if (severity(fresh) >= severity(present) || present.equals(SensorState.UNKNOWN)) {
            return fresh;
        }
        // leaving a state: the value must pass the threshold by the hysteresis
        SensorState held = classify(raw, pdr.hysteresis());
        return severity(held) < severity(present) ? held : present;
    }

    /** The state of {@code raw} against the supported thresholds, upper ones lowered and lower ones raised by {@code margin}. */
    private SensorState classify(long raw, long margin) {
        SensorRanges r = pdr.ranges();
        if (above(raw, NumericSensorPdr.UPPER_FATAL, r.fatalHigh(), margin)) {
            return SensorState.UPPER_FATAL;
        }
        if (below(raw, NumericSensorPdr.LOWER_FATAL, r.fatalLow(), margin)) {
            return SensorState.LOWER_FATAL;
        }
        if (above(raw, NumericSensorPdr.UPPER_CRITICAL, r.criticalHigh(), margin)) {
            return SensorState.UPPER_CRITICAL;
        }
        if (below(raw, NumericSensorPdr.LOWER_CRITICAL, r.criticalLow(), margin)) {
            return SensorState.LOWER_CRITICAL;
        }
        if (above(raw, NumericSensorPdr.UPPER_WARNING, r.warningHigh(), margin)) {
            return SensorState.UPPER_WARNING;
        }
        if (below(raw, NumericSensorPdr.LOWER_WARNING, r.warningLow(), margin)) {
            return SensorState.LOWER_WARNING;
        }
        return SensorState.NORMAL;
    }

    private boolean above(long raw, int threshold, double limit, long margin) {
        return pdr.supportsThreshold(threshold) && raw >= limit - margin;
    }

    private boolean below(long raw, int threshold, double limit, long margin) {
        return pdr.supportsThreshold(threshold) && raw <= limit + margin;
    }

    private static int severity(SensorState s) {
        switch (s.code()) {
            case 2: case 5: case 8:
                return 1;
            case 3: case 6: case 9:
                return 2;
            case 4: case 7: case 10:
                return 3;
            default:
                return 0;
        }
    }
}
