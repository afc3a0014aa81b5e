package org.bmcplatform.mctp;

import java.time.Duration;
import org.bmcplatform.mctp.assembly.ReassemblySettings;

/**
 * Named limits of an {@link MctpStack} (STYLE.md rule 19; reference mctp-stack.md §6, §7).
 *
 * @param maxMessageSize     largest message sent or reassembled, in bytes (64 KiB as in Linux and libmctp)
 * @param reassemblyContexts partial messages in progress at once, per interface
 * @param reassemblyTimeout  how long a partial message waits for its EOM
 * @param tagLifetime        how long an allocated tag stays reserved at most (6 s as in Linux and libmctp)
 * @param requestDefaults    timeout and retries used by callers without their own options
 */
public record StackSettings(int maxMessageSize, int reassemblyContexts, Duration reassemblyTimeout,
                            Duration tagLifetime, RequestOptions requestDefaults) {
    public static final StackSettings DEFAULTS = new StackSettings(65536, 64, Duration.ofSeconds(6),
            Duration.ofSeconds(6), RequestOptions.DEFAULT);

    public StackSettings {
        if (tagLifetime == null || tagLifetime.isNegative() || tagLifetime.isZero()) {
            throw new IllegalArgumentException("tagLifetime must be positive, was " + tagLifetime);
        }
        if (requestDefaults == null) {
            throw new IllegalArgumentException("requestDefaults is required");
        }
        new ReassemblySettings(maxMessageSize, reassemblyContexts, reassemblyTimeout);
    }

    /** The reassembly limits. */
    public ReassemblySettings reassembly() {
        return new ReassemblySettings(maxMessageSize, reassemblyContexts, reassemblyTimeout);
    }
}
