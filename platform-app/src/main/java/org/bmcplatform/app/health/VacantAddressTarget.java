package org.bmcplatform.app.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.app.buses.Bus;
import org.bmcplatform.app.discovery.DiscoveryService;

/**
 * A declared address where nobody answered: probed now and then through discovery, so a drive plugged
 * into an empty bay is found. Its id is negative (no component yet); once a component answers there,
 * discovery reports it online and this target is dropped.
 */
final class VacantAddressTarget implements PollTarget {
    private final Bus bus;
    private final int address;
    private final Duration interval;
    private final DiscoveryService discovery;

    VacantAddressTarget(Bus bus, int address, Duration interval, DiscoveryService discovery) {
        this.bus = bus;
        this.address = address;
        this.interval = interval;
        this.discovery = discovery;
    }

    /** The poller key of the vacant address {@code address}: never a component id (those are positive). */
    static long idOf(int address) {
        return -1L - address;
    }

    @Override
    public long componentId() {
        return idOf(address);
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public CompletableFuture<?> poll() {
        return discovery.probe(bus, address);
    }

    @Override
    public CompletableFuture<ProbeOutcome> probe() {
        return discovery.probe(bus, address).thenApply(found -> ProbeOutcome.REPLACED);
    }

    @Override
    public void wentAbsent() {
        // Nothing to record: there is no component at this address.
    }
}
