package org.bmcplatform.sim.component;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.sim.bus.ForwardingBinding;

/**
 * A device's binding whose packets leave a fixed time after the device's stack sent them: the
 * firmware's processing time between taking a request off the medium and putting the answer on it.
 * A device that only answers (it sends no requests of its own) thus answers each request after its
 * turnaround. Every packet waits the same time, so packets keep their order.
 */
final class TurnaroundBinding extends ForwardingBinding {
    private final Duration turnaround;
    private final Scheduler scheduler;

    TurnaroundBinding(Binding medium, Duration turnaround, Scheduler scheduler) {
        super(medium);
        this.turnaround = turnaround;
        this.scheduler = scheduler;
    }

    @Override
    public CompletionStage<Void> transmit(Bytes packet, LinkAddress destination) {
        if (turnaround.isZero()) {
            return medium.transmit(packet, destination);
        }
        CompletableFuture<Void> sent = new CompletableFuture<>();
        scheduler.schedule(turnaround, () -> medium.transmit(packet, destination).whenComplete((v, e) -> {
            if (e != null) {
                sent.completeExceptionally(e);
            } else {
                sent.complete(null);
            }
        }));
        return sent;
    }

    @Override
    public String toString() {
        return medium + " (turnaround " + turnaround.toNanos() / 1000 + " µs)";
    }
}
