package org.bmcplatform.app.ports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bmcplatform.app.inventory.Inventory;
import org.bmcplatform.profiles.profile.PortCounters;
import org.bmcplatform.profiles.profile.PortStatus;
import org.bmcplatform.profiles.profile.PortsSpec;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each NIC port's last state and the history of its link and speed. A change of either is a history
 * entry and a {@link PortLinkChanged} event; the first sighting of a port starts its history without an event.
 * Also keeps each port's latest packet counters: FCS errors that grew since the previous read are a
 * {@link PortErrorsGrew} event. When a NIC's counters are due is decided here, per component, from its profile's
 * statistics interval and when they were last asked for (in memory: after a restart the first poll reads them).
 */
@Service
public class PortStates {
    private final PortRepository ports;
    private final PortChangeRepository changes;
    private final PortCounterReadingRepository counters;
    private final ApplicationEventPublisher events;
    private final Inventory inventory;
    private final Map<Long, Instant> countersAsked = new ConcurrentHashMap<>();

    PortStates(PortRepository ports, PortChangeRepository changes, PortCounterReadingRepository counters,
               ApplicationEventPublisher events, Inventory inventory) {
        this.ports = ports;
        this.changes = changes;
        this.counters = counters;
        this.events = events;
        this.inventory = inventory;
    }

    /**
     * Whether a poll of the component at {@code now} reads its ports' packet counters: the profile's ports have a
     * statistics interval and it has passed since they were last asked for. A yes counts as asking.
     */
    public boolean statisticsDue(long componentId, PortsSpec spec, Instant now) {
        boolean due = spec.statisticsDue(Optional.ofNullable(countersAsked.get(componentId)), now);
        if (due) {
            countersAsked.put(componentId, now);
        }
        return due;
    }

    /** Makes the component's counters due at once and has it polled now. */
    public void readCountersNow(long componentId) {
        countersAsked.remove(componentId);
        events.publishEvent(new PortCountersWanted(componentId));
    }

    /** Records one poll's packet counters of a component; FCS errors grown since the previous read are an event. */
    @Transactional
    public void recordCounters(long componentId, Instant at, List<PortCounters> read) {
        if (read.isEmpty()) {
            return;
        }
        String componentName = inventory.find(componentId).map(c -> c.getName()).orElse("component " + componentId);
        for (PortCounters c : read) {
            Optional<PortCounterReading> known = counters.findByComponentIdAndPort(componentId, c.port());
            if (known.isEmpty()) {
                counters.save(new PortCounterReading(componentId, c, at));
                continue;
            }
            long grew = c.fcsErrorsSince(known.get().counters());
            known.get().take(c, at);
            if (grew > 0) {
                events.publishEvent(new PortErrorsGrew(componentId, componentName, c.port(), grew, c.rxFcsErrors(), at));
            }
        }
    }

    /** Records one poll's port states of a component. */
    @Transactional
    public void record(long componentId, Instant at, List<PortStatus> statuses) {
        if (statuses.isEmpty()) {
            return;
        }
        String componentName = inventory.find(componentId).map(c -> c.getName()).orElse("component " + componentId);
        for (PortStatus s : statuses) {
            Optional<Port> known = ports.findByComponentIdAndPort(componentId, s.port());
            if (known.isEmpty()) {
                ports.save(new Port(componentId, s, at));
                changes.save(new PortChange(componentId, s.port(), at, s.link().name(), s.speedMbps()));
                continue;
            }
            Port p = known.get();
            String before = p.link();
            boolean changed = p.changes(s);
            p.take(s, at);
            if (changed) {
                changes.save(new PortChange(componentId, s.port(), at, s.link().name(), s.speedMbps()));
                events.publishEvent(new PortLinkChanged(componentId, componentName, s.port(), before, s.link().name(),
                        s.speedMbps(), at));
            }
        }
    }

    @Transactional(readOnly = true)
    public List<PortsController.PortView> of(long componentId) {
        Map<Integer, PortCounterReading> latest = counters.findByComponentId(componentId).stream()
                .collect(Collectors.toMap(PortCounterReading::port, Function.identity()));
        return ports.findByComponentIdOrderByPortAsc(componentId).stream()
                .map(p -> p.view(Optional.ofNullable(latest.get(p.port())).map(PortCounterReading::view).orElse(null)))
                .toList();
    }
}
