package org.bmcplatform.app.ports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a port's history: its link and speed from {@code changedAt} on. */
@Entity
@Table(name = "port_changes")
class PortChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "component_id", nullable = false, updatable = false)
    private long componentId;

    @Column(nullable = false, updatable = false)
    private int port;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(nullable = false, updatable = false)
    private String link;

    @Column(name = "speed_mbps", nullable = false, updatable = false)
    private long speedMbps;

    protected PortChange() {
    }

    PortChange(long componentId, int port, Instant changedAt, String link, long speedMbps) {
        this.componentId = componentId;
        this.port = port;
        this.changedAt = changedAt;
        this.link = link;
        this.speedMbps = speedMbps;
    }

    PortsController.ChangeView view() {
        return new PortsController.ChangeView(changedAt, link, speedMbps);
    }
}
