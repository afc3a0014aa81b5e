package org.bmcplatform.app.events;

import java.time.Instant;
import java.util.List;
import org.bmcplatform.app.buses.InterfaceStateChanged;
import org.bmcplatform.app.discovery.DiscoveryCompleted;
import org.bmcplatform.app.discovery.DiscoveryResult;
import org.bmcplatform.app.discovery.EndpointChanged;
import org.bmcplatform.app.discovery.EndpointState;
import org.bmcplatform.app.health.HealthChanged;
import org.bmcplatform.app.health.PldmEventReceived;
import org.bmcplatform.app.inventory.AssetChanged;
import org.bmcplatform.app.inventory.ComponentRegistered;
import org.bmcplatform.app.inventory.ComponentState;
import org.bmcplatform.app.inventory.ComponentStateChanged;
import org.bmcplatform.app.ports.PortErrorsGrew;
import org.bmcplatform.app.ports.PortLinkChanged;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

/** Turns the features' events into persisted log entries, each also pushed as an SSE {@code event}. */
@Service
class EventLog {
    private final EventRepository repository;
    private final EventStream stream;

    EventLog(EventRepository repository, EventStream stream) {
        this.repository = repository;
        this.stream = stream;
    }

    List<EventEntry.EventView> newest(int limit) {
        return repository.findAllByOrderByIdDesc(Limit.of(limit)).stream().map(EventEntry::view).toList();
    }

    /** The newest entries about one component. */
    List<EventEntry.EventView> newestOf(long componentId, int limit) {
        return repository.findByComponentIdOrderByIdDesc(componentId, Limit.of(limit)).stream().map(EventEntry::view).toList();
    }

    @EventListener
    void on(ComponentRegistered e) {
        record(e.at(), EventType.COMPONENT_DISCOVERED, e.componentId(),
                e.name() + ": new " + e.componentClass().toLowerCase() + " " + e.uuid());
    }

    @EventListener
    void on(ComponentStateChanged e) {
        boolean present = e.state() == ComponentState.PRESENT;
        record(e.at(), present ? EventType.COMPONENT_PRESENT : EventType.COMPONENT_ABSENT, e.componentId(),
                e.name() + (present ? " is present: " : " is absent: ") + e.reason());
    }

    @EventListener
    void on(AssetChanged e) {
        record(e.at(), EventType.ASSET_CHANGED, e.componentId(),
                e.name() + ": " + e.key() + " changed from " + e.oldValue() + " to " + e.newValue());
    }

    @EventListener
    void on(EndpointChanged e) {
        String where = String.format("EID %d (network %d) on %s %s, UUID %s",
                e.eid(), e.network(), e.interfaceName(), e.physicalAddress(), e.uuid());
        if (e.state() == EndpointState.ABSENT) {
            record(e.at(), EventType.ENDPOINT_LOST, null, "endpoint lost: " + where);
        } else if (e.isNew()) {
            record(e.at(), EventType.ENDPOINT_FOUND, null, "endpoint found: " + where);
        } else {
            record(e.at(), EventType.ENDPOINT_FOUND, null, "endpoint found again: " + where
                    + (e.previousEid() != null ? " (was EID " + e.previousEid() + ")" : ""));
        }
    }

    @EventListener
    void on(PortLinkChanged e) {
        EventType type = "UP".equals(e.link()) ? EventType.PORT_LINK_UP
                : "DOWN".equals(e.link()) ? EventType.PORT_LINK_DOWN : EventType.PORT_LINK_UNKNOWN;
        record(e.at(), type, e.componentId(), e.componentName() + " port " + e.port() + ": link " + e.previousLink() + " -> "
                + e.link() + ("UP".equals(e.link()) ? " at " + e.speedMbps() + " Mb/s" : ""));
    }

    @EventListener
    void on(PortErrorsGrew e) {
        record(e.at(), EventType.PORT_ERRORS, e.componentId(), e.componentName() + " port " + e.port() + ": " + e.delta()
                + " more frame" + (e.delta() == 1 ? "" : "s") + " received with FCS (CRC) errors, " + e.total() + " in all");
    }

    @EventListener
    void on(HealthChanged e) {
        record(e.at(), EventType.HEALTH_CHANGED, e.componentId(),
                "health " + e.previousStatus() + " -> " + e.status()
                        + (e.warnings().isEmpty() ? "" : ": " + String.join(", ", e.warnings())));
    }

    @EventListener
    void on(PldmEventReceived e) {
        record(e.at(), EventType.PLDM_EVENT, e.componentId().orElse(null),
                String.format("PLDM event from EID %d (TID %d): %s", e.eid(), e.tid(), e.description()));
    }

    @EventListener
    void on(DiscoveryCompleted e) {
        DiscoveryResult r = e.result();
        record(e.at(), EventType.DISCOVERY, null, String.format(
                "discovery: %d endpoints (%d new), %d components in %d ms",
                r.endpoints(), r.newEndpoints(), r.components(), r.durationMs()));
    }

    @EventListener
    void on(InterfaceStateChanged e) {
        record(e.at(), e.up() ? EventType.INTERFACE_UP : EventType.INTERFACE_DOWN, null, e.up()
                ? "interface " + e.interfaceName() + " brought up"
                : "interface " + e.interfaceName() + " brought down: its endpoints cannot be reached until it is up");
    }

    private void record(Instant at, EventType type, Long componentId, String message) {
        EventEntry saved = repository.save(new EventEntry(at, type, componentId, message));
        stream.push("event", saved.view());
    }
}
