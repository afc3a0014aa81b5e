package org.bmcplatform.sim.board;

import java.time.Duration;
import org.bmcplatform.sim.thermal.ThermalParameters;

/**
 * Reads a {@code thermal} mapping (idle/load temperatures, warning/critical thresholds, time constant)
 * for any component kind; the kind supplies its own default thresholds and time constant.
 */
final class ThermalReader {
    static final String[] KEYS = {"idle-celsius", "load-celsius", "warning-celsius", "critical-celsius", "time-constant-s"};

    private ThermalReader() {
    }

    /** The defaults of a kind: thresholds in °C and the time constant in seconds. */
    record Defaults(double warningCelsius, double criticalCelsius, double timeConstantSeconds) {
        static final Defaults NVME = new Defaults(ThermalParameters.DEFAULT_WARNING_CELSIUS,
                ThermalParameters.DEFAULT_CRITICAL_CELSIUS, ThermalParameters.DEFAULT_TIME_CONSTANT.toSeconds());
    }

    static ThermalParameters read(MappingReader m, EnvironmentSpec environment, Defaults defaults) {
        m.allowOnly(KEYS);
        double idle = m.number("idle-celsius", -40, 125);
        if (idle < environment.ambientCelsius()) {
            throw m.error("idle-celsius", plain(idle) + " is below the ambient " + plain(environment.ambientCelsius()) + " °C");
        }
        double load = m.number("load-celsius", -40, 125);
        if (load < idle) {
            throw m.error("load-celsius", plain(load) + " is below idle-celsius " + plain(idle));
        }
        double warning = m.number("warning-celsius", -40, 125, defaults.warningCelsius());
        double critical = m.number("critical-celsius", -40, 125, defaults.criticalCelsius());
        if (critical < warning) {
            throw m.error("critical-celsius", plain(critical) + " is below warning-celsius " + plain(warning));
        }
        double tau = m.number("time-constant-s", 1, 3600, defaults.timeConstantSeconds());
        return new ThermalParameters(idle, load, warning, critical, Duration.ofMillis(Math.round(tau * 1000)));
    }

    static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
