package org.bmcplatform.app.ports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bmcplatform.app.inventory.Inventory;
import org.bmcplatform.profiles.profile.PortStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each NIC port's last state and the history of its link and speed. A change of either is a history
 * entry and a {@link PortLinkChanged} event; the first sighting of a port starts its history without an event.
 */
@Service
public class PortStates {
    private final PortRepository ports;
    private final PortChangeRepository changes;
    private final ApplicationEventPublisher events;
    private final Inventory inventory;

    PortStates(PortRepository ports, PortChangeRepository changes, ApplicationEventPublisher events, Inventory inventory) {
        this.ports = ports;
        this.changes = changes;
        this.events = events;
        this.inventory = inventory;
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
        return ports.findByComponentIdOrderByPortAsc(componentId).stream().map(Port::view).toList();
    }
}
