package org.bmcplatform.app.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One asset fact over a period: current while {@code validTo} is null. */
@Entity
@Table(name = "assets")
class Asset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "component_id", nullable = false, updatable = false)
    private long componentId;

    @Column(name = "asset_key", nullable = false, updatable = false)
    private String key;

    @Column(name = "asset_value", nullable = false, updatable = false)
    private String value;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "valid_to")
    private Instant validTo;

    protected Asset() {
    }

    Asset(long componentId, String key, String value, Instant validFrom) {
        this.componentId = componentId;
        this.key = key;
        this.value = value;
        this.validFrom = validFrom;
    }

    void close(Instant at) {
        this.validTo = at;
    }

    String key() {
        return key;
    }

    String value() {
        return value;
    }

    Instant validFrom() {
        return validFrom;
    }

    Instant validTo() {
        return validTo;
    }
}
