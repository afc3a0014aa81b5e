package org.bmcplatform.mctp;

import java.time.Duration;

/**
 * Timeout per attempt and number of retries for a request. Defaults follow DSP0237: MT2 minimum
 * 300 ms and MN1 = 2 retries (3 transmissions); see reference/mctp-stack.md §6.
 */
public record RequestOptions(Duration timeout, int retries) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(300);
    public static final int DEFAULT_RETRIES = 2;
    public static final RequestOptions DEFAULT = new RequestOptions(DEFAULT_TIMEOUT, DEFAULT_RETRIES);

    public RequestOptions {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (retries < 0 || retries > 16) {
            throw new IllegalArgumentException("retries must be 0..16, was " + retries);
        }
    }

    public RequestOptions withTimeout(Duration t) {
        return new RequestOptions(t, retries);
    }

    public RequestOptions withRetries(int r) {
        return new RequestOptions(timeout, r);
    }
}
