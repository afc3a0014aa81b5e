package org.bmcplatform.app.health;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One stored sensor value. Ids come from {@code readings_seq} (increment 1000) with a pooled
 * optimizer, so Hibernate batches the inserts (identity columns would disable JDBC batching).
 */
@Entity
@Table(name = "readings")
class Reading {
    static final int ID_BLOCK = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "readings_seq")
    @SequenceGenerator(name = "readings_seq", sequenceName = "readings_seq", allocationSize = ID_BLOCK)
    private Long id;

    @Column(name = "component_id", nullable = false)
    private long componentId;

    @Column(nullable = false)
    private String sensor;

    @Column(name = "reading_value", nullable = false)
    private double value;

    @Column(nullable = false)
    private String unit;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected Reading() {
    }

    Reading(long componentId, String sensor, double value, String unit, Instant readAt) {
        this.componentId = componentId;
        this.sensor = sensor;
        this.value = value;
        this.unit = unit;
        this.readAt = readAt;
    }

    long componentId() {
        return componentId;
    }

    String sensor() {
        return sensor;
    }

    double value() {
        return value;
    }

    String unit() {
        return unit;
    }

    Instant readAt() {
        return readAt;
    }
}
