package org.bmcplatform.profiles.profile;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.bmcplatform.profiles.pldm.GetSensorReadingRequest;
import org.bmcplatform.profiles.pldm.GetSensorReadingResponse;
import org.bmcplatform.profiles.pldm.NumericSensorPdr;
import org.bmcplatform.profiles.pldm.SensorOperationalState;
import org.bmcplatform.profiles.pldm.SensorReadingConversion;
import org.bmcplatform.profiles.pldm.SensorState;

/**
 * Reads a profile's {@code pldm.numeric-sensor} sensors, one GetSensorReading after another (DSP0248 §18.2):
 * the raw value converted by its PDR then by the profile's scale and offset; trusted only when the sensor
 * is enabled (platform-mc: disabled means unavailable, failed means non-functional). The PDR's upper
 * warning and critical limits, converted the same way, judge the reading when the profile sets none; a
 * sensor's own upper critical or fatal event state makes the verdict at least critical.
 */
final class PldmSensorPoll {
    private final List<SensorSpec> sensors;
    private final PdrRepository pdrs;
    private final Predicate<NumericSensorPdr> within;
    private final PldmExchange exchange;
    private final HealthPoll verdict;
    private final List<String> warnings;

    /** @param within which numeric sensors the sensors choose from (all, or those on one contained entity) */
    PldmSensorPoll(List<SensorSpec> sensors, PdrRepository pdrs, Predicate<NumericSensorPdr> within, PldmExchange exchange,
                   HealthPoll verdict, List<String> warnings) {
        this.sensors = sensors;
        this.pdrs = pdrs;
        this.within = within;
        this.exchange = exchange;
        this.verdict = verdict;
        this.warnings = warnings;
    }

    CompletableFuture<Void> read() {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (SensorSpec sensor : sensors) {
            if (sensor.source() != SensorSource.PLDM_NUMERIC_SENSOR) {
                continue;
            }
            Optional<NumericSensorPdr> pdr = sensor.select().choose(pdrs, within);
            if (pdr.isEmpty()) {
                warnings.add(sensor.name() + ": no numeric sensor in the terminus's " + pdrs.numericSensors().size()
                        + " numeric sensor PDR(s) matches the profile's select" + (pdrs.records().isEmpty()
                        ? "; the profile must walk the PDRs (identification step pldm-pdrs)" : ""));
                continue;
            }
            chain = chain.thenCompose(v -> read(sensor, pdr.get()));
        }
        return chain;
    }

    private CompletableFuture<Void> read(SensorSpec sensor, NumericSensorPdr pdr) {
        String what = sensor.name() + ": GetSensorReading sensor " + pdr.sensorId();
        return exchange.ask(iid -> new GetSensorReadingRequest(iid, pdr.sensorId(), false), GetSensorReadingResponse.class,
                what, warnings).thenAccept(r -> r.ifPresent(reading -> record(sensor, pdr, reading)));
    }

    private void record(SensorSpec sensor, NumericSensorPdr pdr, GetSensorReadingResponse r) {
        if (!r.operationalState().equals(SensorOperationalState.ENABLED)) {
            warnings.add(sensor.name() + ": sensor " + pdr.sensorId() + " is " + r.operationalState() + "; no value");
            if (r.operationalState().equals(SensorOperationalState.FAILED)) {
                verdict.worsen(HealthStatus.WARNING, sensor.name() + ": the terminus reports the sensor failed");
            }
            return;
        }
        double value = sensor.convert(SensorReadingConversion.toEngineeringUnits(r.presentReading(), pdr));
        verdict.add(new Reading(sensor.name(), value, sensor.unit()), declaredLimits(sensor, pdr));
        if (r.eventState().equals(SensorState.UPPER_CRITICAL) || r.eventState().equals(SensorState.UPPER_FATAL)
                || r.eventState().equals(SensorState.CRITICAL) || r.eventState().equals(SensorState.FATAL)) {
            verdict.worsen(HealthStatus.CRITICAL, sensor.name() + ": the terminus reports event state " + r.eventState());
        }
    }

    /** The PDR's upper warning/critical limits in the reading's units; dropped (with a warning) when they contradict. */
    private Optional<Threshold> declaredLimits(SensorSpec sensor, NumericSensorPdr pdr) {
        OptionalDouble warning = limit(sensor, pdr, NumericSensorPdr.UPPER_WARNING, pdr.ranges().warningHigh());
        OptionalDouble critical = limit(sensor, pdr, NumericSensorPdr.UPPER_CRITICAL, pdr.ranges().criticalHigh());
        if (warning.isEmpty() && critical.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Threshold(sensor.name(), warning, critical));
        } catch (IllegalArgumentException e) {
            // firmware authors get PDR limits wrong (reference §7 item 20): better none than a false alarm
            warnings.add(sensor.name() + ": the PDR's limits are unusable (" + e.getMessage() + "); set thresholds in the profile");
            return Optional.empty();
        }
    }

    private static OptionalDouble limit(SensorSpec sensor, NumericSensorPdr pdr, int threshold, double raw) {
        if (!pdr.supportsThreshold(threshold) || Double.isNaN(raw)) {
            return OptionalDouble.empty();
        }
        double v = sensor.convert(SensorReadingConversion.toEngineeringUnits(raw, pdr));
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }
}
