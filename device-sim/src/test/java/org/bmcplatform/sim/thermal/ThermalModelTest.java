package org.bmcplatform.sim.thermal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThermalModelTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long SEED = 42;
    private final ThermalParameters drive = ThermalParameters.of(33, 52);

    @Test
    void startsAtAmbientAndSettlesBetweenIdleAndLoadTemperature() {
        System.out.println("seed " + SEED);
        ThermalModel model = new ThermalModel(drive, 24, 3, SEED, 0);

        assertThat(model.temperatureAt(0)).isEqualTo(24.0);
        double afterOneMinute = model.temperatureAt(60 * SECOND);
        double afterTenMinutes = model.temperatureAt(600 * SECOND);

        assertThat(afterOneMinute).isGreaterThan(24 + 0.5 * (33 - 24));
        assertThat(afterTenMinutes).isBetween(33.0, 52.0);
        double load = model.loadAt(600 * SECOND);
        // after ten time constants the lag has converged to within the last minute's load swings
        assertThat(afterTenMinutes).isCloseTo(24 + 9 + load * 19, within(3.0));
    }

    @Test
    void followsTheFirstOrderLagOfItsTimeConstant() {
        ThermalParameters fixedLoad = new ThermalParameters(33, 33, 70, 80, Duration.ofSeconds(60));
        ThermalModel model = new ThermalModel(fixedLoad, 24, 0, SEED, 0);

        // load rise is zero, so the target is exactly ambient + idle rise = 33 °C
        assertThat(model.temperatureAt(60 * SECOND)).isCloseTo(33 - 9 * Math.exp(-1), within(1e-9));
        assertThat(model.temperatureAt(90 * SECOND + SECOND / 2)).isCloseTo(33 - 9 * Math.exp(-90.5 / 60), within(1e-9));
    }

    @Test
    void commandsRaiseTheLoadAndTheTemperature() {
        ThermalModel quiet = new ThermalModel(drive, 24, 0, SEED, 0);
        ThermalModel busy = new ThermalModel(drive, 24, 0, SEED, 0);
        for (long ms = 0; ms < 300_000; ms += 5) {
            busy.recordCommand(ms * 1_000_000L);
        }

        assertThat(busy.loadAt(300 * SECOND)).isEqualTo(1.0);
        assertThat(busy.temperatureAt(300 * SECOND)).isGreaterThan(quiet.temperatureAt(300 * SECOND) + 5);
        assertThat(busy.temperatureAt(300 * SECOND)).isCloseTo(52, within(0.5));
    }

    @Test
    void sameSeedGivesTheSameTemperaturesWhateverTheReadingPattern() {
        ThermalModel often = new ThermalModel(drive, 24, 0, SEED, 0);
        ThermalModel once = new ThermalModel(drive, 24, 0, SEED, 0);
        for (long s = 0; s < 500; s += 7) {
            often.temperatureAt(s * SECOND + 123);
        }

        assertThat(often.temperatureAt(500 * SECOND)).isEqualTo(once.temperatureAt(500 * SECOND));
        assertThat(new ThermalModel(drive, 24, 0, SEED + 1, 0).temperatureAt(500 * SECOND))
                .isNotEqualTo(once.temperatureAt(500 * SECOND));
    }

    @Test
    void poweredOffDeviceCoolsTowardsAmbient() {
        ThermalModel model = new ThermalModel(drive, 24, 0, SEED, 0);
        model.temperatureAt(600 * SECOND);
        model.setPowered(false, 600 * SECOND);

        assertThat(model.temperatureAt(1200 * SECOND)).isCloseTo(24, within(0.1));
    }

    @Test
    void ambientChangeShiftsTheSteadyTemperature() {
        ThermalParameters fixedLoad = new ThermalParameters(33, 33, 70, 80, Duration.ofSeconds(60));
        ThermalModel model = new ThermalModel(fixedLoad, 24, 0, SEED, 0);
        model.setAmbient(34, 0);

        assertThat(model.temperatureAt(1800 * SECOND)).isCloseTo(43, within(0.01));
    }

    @Test
    void wearGrowsSlowly() {
        ThermalModel model = new ThermalModel(drive, 24, 3, SEED, 0);
        double day = model.wearAt(86_400 * SECOND);

        assertThat(day).isGreaterThan(3.0).isLessThan(5.0);
    }
}
