package org.bmcplatform.app.health;

import java.time.Duration;

/** Exponential backoff after consecutive failures: initial, 2x, 4x ... capped at max. */
record Backoff(Duration initial, Duration max) {

    Backoff {
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial backoff must be positive, was " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("max backoff " + max + " is shorter than the initial " + initial);
        }
    }

    /** The wait after the given number of consecutive failures (1 = the first failure). */
    Duration after(int failures) {
        if (failures < 1) {
            return Duration.ZERO;
        }
        int shift = Math.min(failures - 1, 30);
        long nanos = initial.toNanos();
        long capped = nanos > (max.toNanos() >> shift) ? max.toNanos() : nanos << shift;
        return Duration.ofNanos(Math.min(capped, max.toNanos()));
    }
}
