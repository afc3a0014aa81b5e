package org.bmcplatform.app.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.bmcplatform.app.buses.Bus;
import org.bmcplatform.app.discovery.DiscoveryService;
import org.bmcplatform.app.ports.PortStates;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.profiles.pldm.EntityId;
import org.bmcplatform.profiles.profile.ContainedResult;
import org.bmcplatform.profiles.profile.DeviceProfile;
import org.bmcplatform.profiles.profile.Identification;
import org.bmcplatform.profiles.profile.PollResult;
import org.bmcplatform.profiles.profile.ProfileEngine;
import org.bmcplatform.profiles.profile.Reading;

/**
 * A discovered component polled through its profile at its current EID (PLDM sensors chosen from the PDRs its
 * identification read); re-probed through discovery.
 */
final class ComponentTarget implements PollTarget {
    private final long componentId;
    private final Bus bus;
    private final int address;
    private final DiscoveredEndpoint endpoint;
    private final DeviceProfile profile;
    private final Identification identification;
    private final Map<EntityId, Long> contained;
    private final int refreshEvery;
    private final ProfileEngine engine;
    private final DiscoveryService discovery;
    private final LatestReadings readings;
    private final PortStates ports;
    private final Executor pollThread;
    private final Scheduler clock;
    private int pollsSinceRefresh;

    /**
     * @param pollThread   where results are recorded: the bus's poller thread, never the stack's threads
     * @param clock        the board's clock, that of the engine's results: decides when port counters are due
     * @param contained    component ids of the entities it contains, whose readings come with its polls
     * @param refreshEvery polls between two re-identifications through discovery (what it contains may have
     *                     changed: a drive pulled from the HBA); 0 never
     */
    ComponentTarget(long componentId, Bus bus, int address, DiscoveredEndpoint endpoint, DeviceProfile profile,
                    Identification identification, Map<EntityId, Long> contained, int refreshEvery, ProfileEngine engine,
                    DiscoveryService discovery, LatestReadings readings, PortStates ports, Executor pollThread, Scheduler clock) {
        this.componentId = componentId;
        this.bus = bus;
        this.address = address;
        this.endpoint = endpoint;
        this.profile = profile;
        this.identification = identification;
        this.contained = Map.copyOf(contained);
        this.refreshEvery = refreshEvery;
        this.engine = engine;
        this.discovery = discovery;
        this.readings = readings;
        this.ports = ports;
        this.pollThread = pollThread;
        this.clock = clock;
    }

    @Override
    public long componentId() {
        return componentId;
    }

    @Override
    public Duration interval() {
        return profile.pollInterval();
    }

    @Override
    public CompletableFuture<?> poll() {
        if (refreshEvery > 0 && ++pollsSinceRefresh > refreshEvery) {
            // identify again: discovery registers what it reports now and re-targets the poller
            pollsSinceRefresh = 0;
            return discovery.probe(bus, address);
        }
        boolean statistics = profile.ports().map(spec -> ports.statisticsDue(componentId, spec, clock.now())).orElse(false);
        return bus.lane().<PollResult>submit(() -> engine.poll(profile, identification, endpoint.network(), endpoint.eid(),
                        statistics))
                .thenAcceptAsync(this::record, pollThread);
    }

    @Override
    public CompletableFuture<ProbeOutcome> probe() {
        return discovery.probe(bus, address)
                .thenApply(found -> found.componentId() == componentId ? ProbeOutcome.RETURNED : ProbeOutcome.REPLACED);
    }

    @Override
    public void wentAbsent() {
        discovery.lost(componentId, endpoint, "no answer from EID " + endpoint.eid().value() + " at "
                + Bus.location(bus.name(), address));
    }

    private void record(PollResult result) {
        List<SensorValue> values = new ArrayList<>(result.readings().size());
        for (Reading r : result.readings()) {
            values.add(new SensorValue(r.sensor(), r.value(), r.unit(), result.at()));
        }
        readings.record(componentId, result.at(), result.status().name(), values, result.warnings());
        ports.record(componentId, result.at(), result.ports());
        ports.recordCounters(componentId, result.at(), result.counters());
        for (ContainedResult c : result.contained()) {
            Long id = contained.get(c.entity());
            if (id != null) {
                List<SensorValue> own = c.readings().stream()
                        .map(r -> new SensorValue(r.sensor(), r.value(), r.unit(), result.at())).toList();
                readings.record(id, result.at(), c.status().name(), own, List.of());
            }
        }
    }
}
