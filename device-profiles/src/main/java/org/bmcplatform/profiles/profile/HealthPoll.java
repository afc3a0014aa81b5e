package org.bmcplatform.profiles.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.bmcplatform.profiles.nvmemi.CompositeTemperature;
import org.bmcplatform.profiles.nvmemi.ControllerHealth;
import org.bmcplatform.profiles.nvmemi.SubsystemHealth;
import org.bmcplatform.profiles.nvmemi.basic.DriveStatus;

/**
 * Turns one poll's answers into readings and a verdict under a profile's rules: the NVM Subsystem Health
 * Data Structure's fields and conditions, the PLDM sensors' readings, then the thresholds over every
 * reading (the profile's for a sensor, else the limits its PDR declares).
 */
final class HealthPoll {
    private final List<SensorSpec> sensors;
    private final HealthRules rules;
    private final List<Reading> readings = new ArrayList<>();
    private final Map<String, Threshold> pdrThresholds = new HashMap<>();
    private final List<String> warnings;
    private HealthStatus status = HealthStatus.OK;

    HealthPoll(DeviceProfile profile, List<String> warnings) {
        this(profile.sensors(), profile.health(), warnings);
    }

    /** For sensors with rules of their own, e.g. a contained component's (no thresholds but its PDRs'). */
    HealthPoll(List<SensorSpec> sensors, HealthRules rules, List<String> warnings) {
        this.sensors = sensors;
        this.rules = rules;
        this.warnings = warnings;
    }

    List<Reading> readings() {
        return readings;
    }

    HealthStatus status() {
        return status;
    }

    /** The NVMe-MI sources and the health conditions, from one NVM Subsystem Health Status Poll. */
    HealthPoll evaluate(SubsystemHealth health) {
        for (SensorSpec sensor : sensors) {
            if (sensor.source().command() != SensorSource.Command.SUBSYSTEM_HEALTH_POLL) {
                continue;
            }
            OptionalInt raw = raw(sensor, health);
            if (raw.isPresent()) {
                readings.add(new Reading(sensor.name(), sensor.convert(raw.getAsInt()), sensor.unit()));
            }
        }
        for (Map.Entry<HealthCondition, HealthStatus> e : rules.conditions().entrySet()) {
            if (e.getKey().isPresent(health) && e.getValue() != HealthStatus.OK) {
                warnings.add(e.getKey().description());
                status = status.worse(e.getValue());
            }
        }
        return this;
    }

    /**
     * The Controller Health Status Poll sources from the drive's controllers (NVMe-MI 1.2 §5.3): the hottest
     * CTEMP (Kelvin, 0 = not reported) and the lowest SPARE; a controller with CSTS.CFS set is critical.
     */
    HealthPoll evaluate(List<ControllerHealth> controllers) {
        for (SensorSpec sensor : sensors) {
            OptionalInt raw = switch (sensor.source()) {
                case CONTROLLER_TEMPERATURE -> hottest(sensor, controllers);
                case CONTROLLER_AVAILABLE_SPARE -> controllers.stream().mapToInt(ControllerHealth::availableSpare).min();
                default -> OptionalInt.empty();
            };
            if (raw.isPresent()) {
                readings.add(new Reading(sensor.name(), sensor.convert(raw.getAsInt()), sensor.unit()));
            }
        }
        for (ControllerHealth c : controllers) {
            if (c.fatal()) {
                worsen(HealthStatus.CRITICAL, "controller " + c.controllerId() + " reports a fatal status (CSTS.CFS)");
            }
        }
        return this;
    }

    private OptionalInt hottest(SensorSpec sensor, List<ControllerHealth> controllers) {
        if (controllers.isEmpty()) {
            warnings.add(sensor.name() + ": the controller health status poll listed no controller");
            return OptionalInt.empty();
        }
        OptionalInt hottest = controllers.stream().filter(c -> c.temperatureKelvin() != 0)
                .mapToInt(ControllerHealth::temperatureCelsius).max();
        if (hottest.isEmpty()) {
            warnings.add(sensor.name() + ": no controller reports a temperature (CTEMP 0 K)");
        }
        return hottest;
    }

    /**
     * The basic.* sources and the health conditions, from one Basic Management status block (NVMe-MI 1.2
     * Appendix A). A drive that says it is not ready reports nothing trustworthy (dbus-sensors drops such
     * readings too): its readings are left out.
     */
    HealthPoll evaluate(DriveStatus block) {
        boolean ready = (block.flags() & DriveStatus.DRIVE_NOT_READY) == 0;
        if (!ready) {
            warnings.add("the drive reports not ready (status flags bit 6): its readings are left out");
        }
        for (SensorSpec sensor : sensors) {
            if (!ready || !sensor.source().isBasicManagement()) {
                continue;
            }
            OptionalInt raw;
            switch (sensor.source()) {
                case BASIC_COMPOSITE_TEMPERATURE:
                    raw = temperature(sensor, block.temperature());
                    break;
                case BASIC_PERCENTAGE_USED:
                    raw = OptionalInt.of(block.percentageUsed());
                    break;
                default:
                    raw = OptionalInt.of(block.warnings().conditions());
                    break;
            }
            if (raw.isPresent()) {
                readings.add(new Reading(sensor.name(), sensor.convert(raw.getAsInt()), sensor.unit()));
            }
        }
        for (Map.Entry<HealthCondition, HealthStatus> e : rules.conditions().entrySet()) {
            if (e.getKey().isPresent(block) && e.getValue() != HealthStatus.OK) {
                warnings.add(e.getKey().description());
                status = status.worse(e.getValue());
            }
        }
        return this;
    }

    /** A reading from elsewhere (a PLDM sensor), with the limits its PDR declares when the profile sets none. */
    void add(Reading reading, Optional<Threshold> declared) {
        readings.add(reading);
        declared.ifPresent(t -> pdrThresholds.put(reading.sensor(), t));
    }

    /** Something the device itself reports (e.g. a PLDM sensor's event state) makes the verdict at least {@code s}. */
    void worsen(HealthStatus s, String why) {
        warnings.add(why);
        status = status.worse(s);
    }

    /** Applies the thresholds to every reading; call once, after the readings are in. */
    HealthPoll judge() {
        for (Reading r : readings) {
            Optional<Threshold> t = rules.thresholds().stream().filter(x -> x.sensor().equals(r.sensor())).findFirst()
                    .or(() -> Optional.ofNullable(pdrThresholds.get(r.sensor())));
            if (t.isEmpty()) {
                continue;
            }
            HealthStatus s = t.get().evaluate(r.value());
            if (s != HealthStatus.OK) {
                double limit = (s == HealthStatus.CRITICAL ? t.get().critical() : t.get().warning()).getAsDouble();
                warnings.add(String.format("%s %s %s at or above the %s limit %s", r.sensor(), number(r.value()),
                        r.unit(), s.name().toLowerCase(), number(limit)));
                status = status.worse(s);
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
