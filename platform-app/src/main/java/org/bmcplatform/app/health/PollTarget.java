package org.bmcplatform.app.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** One component a {@link BusPoller} polls: its exchanges and what to do when it disappears. */
interface PollTarget {

    long componentId();

    /** The profile's poll interval. */
    Duration interval();

    /** Reads the component's sensors and records them; fails when the endpoint did not answer. */
    CompletableFuture<?> poll();

    /** Looks for the component again at its address after it went absent; fails when nobody answers. */
    CompletableFuture<ProbeOutcome> probe();

    /** Called once when consecutive failures reach the absent threshold. */
    void wentAbsent();

    /** What a re-probe found at the component's address. */
    enum ProbeOutcome {
        /** The same component (same UUID) answers again. */
        RETURNED,
        /** Another component answers there now; this one stays absent and is no longer polled. */
        REPLACED
    }
}
