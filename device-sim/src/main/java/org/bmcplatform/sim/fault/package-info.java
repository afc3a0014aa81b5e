/** Faults on demand: a per-component {@link org.bmcplatform.sim.fault.FaultPlan} (silent, slow, corrupt, wrong tag, truncated replies) applied where the virtual device sends, in the board's time (reference/perf-reliability.md §B.4 R1, R5, R7, R8). */
package org.bmcplatform.sim.fault;
