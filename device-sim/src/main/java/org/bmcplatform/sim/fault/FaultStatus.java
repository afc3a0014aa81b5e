package org.bmcplatform.sim.fault;

import java.time.Duration;
import java.util.Map;

/**
 * A component's fault plan and what it did since it was applied.
 *
 * @param plan     the current plan
 * @param age      how long ago it was applied (board time)
 * @param replies  replies the component started to send since then
 * @param injected replies each kind of fault hit since then (a reply may be hit by several kinds)
 * @param failures faults that could not be applied (the packet went out unharmed); 0 unless there is a bug
 */
public record FaultStatus(FaultPlan plan, Duration age, long replies, Map<FaultKind, Long> injected, long failures) {
    public FaultStatus {
        injected = Map.copyOf(injected);
    }
}
