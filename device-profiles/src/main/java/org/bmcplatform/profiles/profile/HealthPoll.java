package org.bmcplatform.profiles.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.bmcplatform.profiles.nvmemi.CompositeTemperature;
import org.bmcplatform.profiles.nvmemi.SubsystemHealth;

/** Turns an NVM Subsystem Health Data Structure into readings and a verdict under a profile's rules. */
final class HealthPoll {
    private final DeviceProfile profile;
    private final List<Reading> readings = new ArrayList<>();
    private final List<String> warnings;
    private HealthStatus status = HealthStatus.OK;

    HealthPoll(DeviceProfile profile, List<String> warnings) {
        this.profile = profile;
        this.warnings = warnings;
    }

    List<Reading> readings() {
        return readings;
    }

    HealthStatus status() {
        return status;
    }

    HealthPoll evaluate(SubsystemHealth health) {
        for (SensorSpec sensor : profile.sensors()) {
            OptionalInt raw = raw(sensor, health);
            if (raw.isPresent()) {
                readings.add(new Reading(sensor.name(), sensor.convert(raw.getAsInt()), sensor.unit()));
            }
        }
        for (Threshold t : profile.health().thresholds()) {
            for (Reading r : readings) {
                if (r.sensor().equals(t.sensor())) {
                    HealthStatus s = t.evaluate(r.value());
                    if (s != HealthStatus.OK) {
                        double limit = (s == HealthStatus.CRITICAL ? t.critical() : t.warning()).getAsDouble();
                        warnings.add(String.format("%s %s %s at or above the %s limit %s", r.sensor(), number(r.value()),
                                r.unit(), s.name().toLowerCase(), number(limit)));
                        status = status.worse(s);
                    }
                }
            }
        }
        for (Map.Entry<HealthCondition, HealthStatus> e : profile.health().conditions().entrySet()) {
            if (e.getKey().isPresent(health) && e.getValue() != HealthStatus.OK) {
                warnings.add(e.getKey().description());
                status = status.worse(e.getValue());
            }
        }
        return this;
    }

    private OptionalInt raw(SensorSpec sensor, SubsystemHealth health) {
        switch (sensor.source()) {
            case COMPOSITE_TEMPERATURE:
                return temperature(sensor, health.temperature());
            case PERCENTAGE_USED:
                return OptionalInt.of(health.percentageUsed());
            default:
                return OptionalInt.of(health.warnings().conditions());
        }
    }

    private OptionalInt temperature(SensorSpec sensor, CompositeTemperature t) {
        switch (t.kind()) {
            case NO_DATA:
                warnings.add(sensor.name() + ": the drive has no current value (CTEMP 0x80)");
                break;
            case SENSOR_FAILURE:
                warnings.add(sensor.name() + ": the drive reports a sensor failure (CTEMP 0x81)");
                status = status.worse(HealthStatus.WARNING);
                break;
            case RESERVED:
                warnings.add(String.format("%s: reserved CTEMP value 0x%02x", sensor.name(), t.raw()));
                break;
            case AT_OR_ABOVE_127:
                warnings.add(sensor.name() + ": at or above 127 °C, the top of the reporting range");
                break;
            case AT_OR_BELOW_MINUS_60:
                warnings.add(sensor.name() + ": at or below -60 °C, the bottom of the reporting range");
                break;
            default:
                break;
        }
        return t.celsius();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
