package org.bmcplatform.sim.thermal;

import java.util.Random;

/**
 * The temperature and wear of one device over time. Time advances in fixed one-second steps so that
 * the state at a given instant depends only on the seed and the commands received, never on when
 * or how often it is read. Each step:
 *
 * <pre>
 *   workload  ← random walk in 0..1 (seeded), mean-reverting towards {@value #WALK_MEAN}
 *   load      = clamp(workload + commands in the previous step / {@value #COMMANDS_FOR_FULL_LOAD}, 0, 1)
 *   target    = ambient + idle rise + load × load rise      (idle rise = idle − reference ambient,
 *                                                            load rise = load − idle; 0 when powered off)
 *   T        ← target + (T − target) × exp(−1 s / τ)        (exact first-order lag over the step)
 *   wear     ← wear + (0.2 + load) × {@value #WEAR_PERCENT_PER_HOUR} %/h
 * </pre>
 *
 * Readings between two steps interpolate the lag within the current step. Not thread-safe on its own;
 * callers serialise access.
 */
public final class ThermalModel {
    static final long STEP_NANOS = 1_000_000_000L;
    static final double WALK_MEAN = 0.3;
    static final double WALK_SIGMA = 0.04;
    static final double WALK_REVERSION = 0.02;
    static final double COMMANDS_FOR_FULL_LOAD = 200;
    static final double WEAR_PERCENT_PER_HOUR = 0.05;

    private final ThermalParameters parameters;
    private final double referenceAmbient;
    private final Random random;
    private double ambient;
    private long stepStartNanos;
    private double temperature;
    private double workload = WALK_MEAN;
    private double load = WALK_MEAN;
    private double wearPercent;
    private int commandsInStep;
    private boolean powered = true;

    /**
     * @param parameters       idle/load temperatures and thresholds
     * @param ambientCelsius   the ambient the idle/load temperatures refer to; also the starting ambient
     * @param initialWear      percentage drive life used at the start
     * @param seed             workload random-walk seed
     * @param startNanos       the scheduler's monotonic time at the start; the device starts at ambient
     */
    public ThermalModel(ThermalParameters parameters, double ambientCelsius, double initialWear, long seed, long startNanos) {
        this.parameters = parameters;
        this.referenceAmbient = ambientCelsius;
        this.ambient = ambientCelsius;
        this.temperature = ambientCelsius;
        this.wearPercent = initialWear;
        this.random = new Random(seed);
        this.stepStartNanos = startNanos;
    }

    public ThermalParameters parameters() {
        return parameters;
    }

    /** Composite temperature in °C at the given monotonic time. */
    public double temperatureAt(long nanos) {
        advanceTo(nanos);
        double fraction = (nanos - stepStartNanos) / (double) STEP_NANOS;
        double decay = Math.exp(-fraction * STEP_NANOS / (double) parameters.timeConstant().toNanos());
        double target = target(load);
        return target + (temperature - target) * decay;
    }

    /** Percentage drive life used at the given time (grows slowly with powered time and load). */
    public double wearAt(long nanos) {
        advanceTo(nanos);
        return wearPercent;
    }

    /** The load (0..1) of the current step. */
    public double loadAt(long nanos) {
        advanceTo(nanos);
        return load;
    }

    /** Counts a command received at the given time towards the load of its step. */
    public void recordCommand(long nanos) {
        advanceTo(nanos);
        commandsInStep++;
    }

    /** Powered off the device cools towards ambient and does no work. */
    public void setPowered(boolean powered, long nanos) {
        advanceTo(nanos);
        this.powered = powered;
    }

    /** Changes the ambient temperature from the given time on. */
    public void setAmbient(double celsius, long nanos) {
        advanceTo(nanos);
        this.ambient = celsius;
    }

    public double ambient() {
        return ambient;
    }

    private double target(double stepLoad) {
        if (!powered) {
            return ambient;
        }
        double idleRise = parameters.idleCelsius() - referenceAmbient;
        double loadRise = parameters.loadCelsius() - parameters.idleCelsius();
        return ambient + idleRise + stepLoad * loadRise;
    }

    private void advanceTo(long nanos) {
        double stepDecay = Math.exp(-STEP_NANOS / (double) parameters.timeConstant().toNanos());
        while (nanos - stepStartNanos >= STEP_NANOS) {
            double target = target(load);
            temperature = target + (temperature - target) * stepDecay;
            if (powered) {
                wearPercent += (0.2 + load) * WEAR_PERCENT_PER_HOUR / 3600.0;
            }
            stepStartNanos += STEP_NANOS;
            workload += WALK_SIGMA * random.nextGaussian() + WALK_REVERSION * (WALK_MEAN - workload);
            workload = Math.max(0, Math.min(1, workload));
            double commandLoad = commandsInStep / COMMANDS_FOR_FULL_LOAD;
            commandsInStep = 0;
            load = powered ? Math.max(0, Math.min(1, workload + commandLoad)) : 0;
        }
    }
}
