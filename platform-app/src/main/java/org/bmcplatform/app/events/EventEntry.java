package org.bmcplatform.app.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the event log. */
@Entity
@Table(name = "events")
class EventEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "event_type", nullable = false)
    private String type;

    @Column(name = "component_id")
    private Long componentId;

    @Column(nullable = false)
    private String message;

    protected EventEntry() {
    }

    EventEntry(Instant occurredAt, EventType type, Long componentId, String message) {
        this.occurredAt = occurredAt;
        this.type = type.name();
        this.componentId = componentId;
        this.message = message.length() > 1024 ? message.substring(0, 1021) + "..." : message;
    }

    /** The JSON shape of GET /api/events and of the SSE {@code event} event. */
    EventView view() {
        return new EventView(id, occurredAt, type, componentId == null ? null : componentId.toString(), message);
    }

    record EventView(Long id, Instant at, String type, String componentId, String message) {
    }
}
