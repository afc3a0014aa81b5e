package org.bmcplatform.sim.fault;

/** Which replies a fault hits: a probability drawn from the plan's seeded generator, or every Nth reply. */
public sealed interface FaultTrigger permits FaultTrigger.Rate, FaultTrigger.Every {

    /** Every reply. */
    FaultTrigger ALWAYS = new Every(1);

    /** Each reply is hit with probability {@code probability} (0 < p ≤ 1), drawn from the plan's seed. */
    record Rate(double probability) implements FaultTrigger {
        public Rate {
            if (!(probability > 0 && probability <= 1)) {
                throw new IllegalArgumentException("rate must be above 0 and at most 1, was " + probability);
            }
        }

        @Override
        public String toString() {
            return "rate " + probability;
        }
    }

    /** Every {@code n}th reply while the fault is active (the nth, 2nth, ...); 1 = every reply. */
    record Every(int n) implements FaultTrigger {
        public static final int MAX = 1_000_000;

        public Every {
            if (n < 1 || n > MAX) {
                throw new IllegalArgumentException("every must be 1.." + MAX + ", was " + n);
            }
        }

        @Override
        public String toString() {
            return n == 1 ? "every reply" : "every " + n + " replies";
        }
    }
}
