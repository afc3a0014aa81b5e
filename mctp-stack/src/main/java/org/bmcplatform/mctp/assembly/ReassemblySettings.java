package org.bmcplatform.mctp.assembly;

import java.time.Duration;

/**
 * Limits of a {@link Reassembler} (STYLE.md rule 19): largest message, concurrent partial messages,
 * and how long a partial message may wait for its EOM.
 */
public record ReassemblySettings(int maxMessageSize, int contexts, Duration timeout) {
    public static final ReassemblySettings DEFAULTS = new ReassemblySettings(65536, 64, Duration.ofSeconds(6));

    public ReassemblySettings {
        if (maxMessageSize < 1) {
            throw new IllegalArgumentException("maxMessageSize must be positive, was " + maxMessageSize);
        }
        if (contexts < 1) {
            throw new IllegalArgumentException("contexts must be positive, was " + contexts);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }
}
