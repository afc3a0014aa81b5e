package org.bmcplatform.app.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.app.buses.Bus;
import org.bmcplatform.app.discovery.BasicDriveDiscovery;
import org.bmcplatform.sim.board.BasicManagementSpec;

/**
 * A listed basic-management address where no drive of its own answers (none plugged in, or a drive whose MI endpoint
 * is used): read again now and then, so a drive plugged in later is found. Keyed like a vacant MCTP address.
 */
final class BasicVacantTarget implements PollTarget {
    private final Bus bus;
    private final BasicManagementSpec at;
    private final Duration interval;
    private final BasicDriveDiscovery discovery;

    BasicVacantTarget(Bus bus, BasicManagementSpec at, Duration interval, BasicDriveDiscovery discovery) {
        this.bus = bus;
        this.at = at;
        this.interval = interval;
        this.discovery = discovery;
    }

    @Override
    public long componentId() {
        return VacantAddressTarget.idOf(at.address());
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public CompletableFuture<?> poll() {
        return discovery.probe(bus, at);
    }

    @Override
    public CompletableFuture<ProbeOutcome> probe() {
        return discovery.probe(bus, at).thenApply(found -> ProbeOutcome.REPLACED);
    }

    @Override
    public void wentAbsent() {
        // Nothing to record: no component of its own at this address.
    }
}
