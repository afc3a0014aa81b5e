package org.bmcplatform.app.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.bmcplatform.app.buses.Bus;
import org.bmcplatform.app.discovery.BasicDriveDiscovery;
import org.bmcplatform.profiles.profile.BasicManagementTarget;
import org.bmcplatform.profiles.profile.DeviceProfile;
import org.bmcplatform.profiles.profile.PollResult;
import org.bmcplatform.profiles.profile.ProfileEngine;
import org.bmcplatform.profiles.profile.Reading;
import org.bmcplatform.sim.board.BasicManagementSpec;

/**
 * A drive read with the NVMe Basic Management Command: each poll is one block read of its status block (0x00) on
 * the bus's lane, so it shares the segment's time with the MCTP exchanges; no answer counts as a failed poll, and
 * after the absent threshold the drive is ABSENT and its address is read again until it answers.
 */
final class BasicDriveTarget implements PollTarget {
    private final long componentId;
    private final Bus bus;
    private final BasicManagementSpec at;
    private final DeviceProfile profile;
    private final BasicManagementTarget target;
    private final ProfileEngine engine;
    private final BasicDriveDiscovery discovery;
    private final LatestReadings readings;
    private final Executor pollThread;

    /** @param pollThread where results are recorded: the bus's poller thread */
    BasicDriveTarget(long componentId, Bus bus, BasicManagementSpec at, DeviceProfile profile, BasicManagementTarget target,
                     ProfileEngine engine, BasicDriveDiscovery discovery, LatestReadings readings, Executor pollThread) {
        this.componentId = componentId;
        this.bus = bus;
        this.at = at;
        this.profile = profile;
        this.target = target;
        this.engine = engine;
        this.discovery = discovery;
        this.readings = readings;
        this.pollThread = pollThread;
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
        return bus.lane().<PollResult>submit(() -> engine.pollBasic(profile, target)).thenAcceptAsync(this::record, pollThread);
    }

    @Override
    public CompletableFuture<ProbeOutcome> probe() {
        return discovery.probe(bus, at).thenApply(found -> found.componentId().map(id -> id == componentId).orElse(false)
                ? ProbeOutcome.RETURNED : ProbeOutcome.REPLACED);
    }

    @Override
    public void wentAbsent() {
        discovery.lost(componentId, "no answer to the Basic Management Command at " + Bus.location(bus.name(), at.address()));
    }

    private void record(PollResult result) {
        List<SensorValue> values = new ArrayList<>(result.readings().size());
        for (Reading r : result.readings()) {
            values.add(new SensorValue(r.sensor(), r.value(), r.unit(), result.at()));
        }
        readings.record(componentId, result.at(), result.status().name(), values, result.warnings());
    }
}
