package org.bmcplatform.sim.component;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.PacketReceiver;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * A device's binding whose packets leave a fixed time after the device's stack sent them: the
 * firmware's processing time between taking a request off the medium and putting the answer on it.
 * A device that only answers (it sends no requests of its own) thus answers each request after its
 * turnaround. Every packet waits the same time, so packets keep their order.
 */
final class TurnaroundBinding implements Binding {
    private final Binding medium;
    private final Duration turnaround;
    private final Scheduler scheduler;

    TurnaroundBinding(Binding medium, Duration turnaround, Scheduler scheduler) {
        this.medium = medium;
        this.turnaround = turnaround;
        this.scheduler = scheduler;
    }

    @Override
    public String kind() {
        return medium.kind();
    }

    @Override
    public int mtu() {
        return medium.mtu();
    }

    @Override
    public LinkAddress localAddress() {
        return medium.localAddress();
    }

    @Override
    public void start(PacketReceiver receiver) {
        medium.start(receiver);
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
    public boolean isLinkUp() {
        return medium.isLinkUp();
    }

    @Override
    public DropCounters drops() {
        return medium.drops();
    }

    @Override
    public void close() {
        medium.close();
    }

    @Override
    public String toString() {
        return medium + " (turnaround " + turnaround.toNanos() / 1000 + " µs)";
    }
}
