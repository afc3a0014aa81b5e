package org.bmcplatform.profiles.pldm;

/**
 * Numeric Sensor PDR, PDR type 2 (DSP0248 §28.4, Table 78 "Numeric Sensor PDR format"). Body in wire
 * order: PLDMTerminusHandle u16, sensorID u16, entityType u16, entityInstanceNumber u16, containerID
 * u16, sensorInit u8, sensorAuxiliaryNamesPDR bool8, the nine {@link SensorUnits} bytes, isLinear
 * bool8, sensorDataSize u8, resolution real32, offset real32, accuracy u16 (1/100 %), plusTolerance
 * u8, minusTolerance u8, hysteresis (sensorDataSize), supportedThresholds bitfield8,
 * thresholdAndHysteresisVolatility bitfield8, stateTransitionInterval real32 (s), updateInterval
 * real32 (s), maxReadable and minReadable (sensorDataSize), then the {@link SensorRanges}.
 * Readings, hysteresis, max/min and thresholds are raw; {@link SensorReadingConversion} converts.
 */
public record NumericSensorPdr(PdrHeader header, int terminusHandle, int sensorId, EntityId entity, SensorInit sensorInit,
        boolean auxiliaryNames, SensorUnits units, boolean linear, SensorDataSize dataSize, float resolution, float offset,
        int accuracy, int plusTolerance, int minusTolerance, long hysteresis, int supportedThresholds, int thresholdVolatility,
        float stateTransitionInterval, float updateInterval, long maxReadable, long minReadable, SensorRanges ranges)
        implements Pdr {
    /** supportedThresholds bits. */
    public static final int UPPER_WARNING = 1;
    public static final int UPPER_CRITICAL = 1 << 1;
    public static final int UPPER_FATAL = 1 << 2;
    public static final int LOWER_WARNING = 1 << 3;
    public static final int LOWER_CRITICAL = 1 << 4;
    public static final int LOWER_FATAL = 1 << 5;

    public NumericSensorPdr {
        WireRange.required(header, "PDR header");
        WireRange.unsigned(terminusHandle, 16, "PLDM terminus handle");
        WireRange.unsigned(sensorId, 16, "sensor ID");
        WireRange.required(entity, "entity");
        WireRange.required(sensorInit, "sensor init");
        WireRange.required(units, "units");
        WireRange.required(dataSize, "sensor data size");
        WireRange.unsigned(accuracy, 16, "accuracy");
        WireRange.unsigned(plusTolerance, 8, "plus tolerance");
        WireRange.unsigned(minusTolerance, 8, "minus tolerance");
        dataSize.check(hysteresis, "hysteresis");
        WireRange.unsigned(supportedThresholds, 8, "supported thresholds");
        WireRange.unsigned(thresholdVolatility, 8, "threshold and hysteresis volatility");
        dataSize.check(maxReadable, "maxReadable");
        dataSize.check(minReadable, "minReadable");
        WireRange.required(ranges, "ranges");
    }

    @Override
    public PdrType type() {
        return PdrType.NUMERIC_SENSOR;
    }

    public boolean supportsThreshold(int threshold) {
        return (supportedThresholds & threshold) != 0;
    }

    void writeBody(WireWriter w) {
        w.u16(terminusHandle).u16(sensorId);
        entity.write(w);
        w.u8(sensorInit.code()).bool8(auxiliaryNames);
        units.write(w);
        w.bool8(linear).u8(dataSize.code()).real32(resolution).real32(offset).u16(accuracy).u8(plusTolerance).u8(minusTolerance);
        dataSize.writeValue(w, hysteresis);
        w.u8(supportedThresholds).u8(thresholdVolatility).real32(stateTransitionInterval).real32(updateInterval);
        dataSize.writeValue(w, maxReadable);
        dataSize.writeValue(w, minReadable);
        ranges.write(w);
    }

    static NumericSensorPdr readBody(PdrHeader header, WireReader r) {
        int terminus = r.u16("PLDMTerminusHandle");
        int sensorId = r.u16("sensorID");
        EntityId entity = EntityId.read(r, "entity");
        SensorInit init = new SensorInit(r.u8("sensorInit"));
        boolean auxNames = r.bool8("sensorAuxiliaryNamesPDR");
        SensorUnits units = SensorUnits.read(r);
        boolean linear = r.bool8("isLinear");
        SensorDataSize size = SensorDataSize.read(r, "sensorDataSize");
        float resolution = r.real32("resolution");
        float offset = r.real32("offset");
        int accuracy = r.u16("accuracy");
        int plus = r.u8("plusTolerance");
        int minus = r.u8("minusTolerance");
        long hysteresis = size.readValue(r, "hysteresis");
        int thresholds = r.u8("supportedThresholds");
        int volatility = r.u8("thresholdAndHysteresisVolatility");
        float transition = r.real32("stateTransitionInterval");
        float update = r.real32("updateInterval");
        long max = size.readValue(r, "maxReadable");
        long min = size.readValue(r, "minReadable");
        return new NumericSensorPdr(header, terminus, sensorId, entity, init, auxNames, units, linear, size, resolution, offset,
                accuracy, plus, minus, hysteresis, thresholds, volatility, transition, update, max, min, SensorRanges.read(r));
    }
}
