package org.bmcplatform.app.health;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A sensor of a component with the latest value stored (what the component shows after a restart). */
@Entity
@Table(name = "sensors")
class Sensor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "component_id", nullable = false, updatable = false)
    private long componentId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false)
    private String unit;

    @Column(name = "last_value")
    private Double lastValue;

    @Column(name = "last_read_at")
    private Instant lastReadAt;

    protected Sensor() {
    }

    Sensor(long componentId, String name, String unit) {
        this.componentId = componentId;
        this.name = name;
        this.unit = unit;
    }

    void latest(double value, String unit, Instant at) {
        if (lastReadAt == null || !at.isBefore(lastReadAt)) {
            this.lastValue = value;
            this.unit = unit;
            this.lastReadAt = at;
        }
    }

    long componentId() {
        return componentId;
    }

    String name() {
        return name;
    }

    String unit() {
        return unit;
    }

    Double lastValue() {
        return lastValue;
    }

    Instant lastReadAt() {
        return lastReadAt;
    }
}
