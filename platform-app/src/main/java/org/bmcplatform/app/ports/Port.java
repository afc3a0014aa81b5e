package org.bmcplatform.app.ports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bmcplatform.profiles.profile.PortStatus;

/** The last state seen of one NIC port; {@code changedAt} is when its link or speed last changed. */
@Entity
@Table(name = "ports")
class Port {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "component_id", nullable = false, updatable = false)
    private long componentId;

    @Column(nullable = false, updatable = false)
    private int port;

    @Column(nullable = false)
    private String link;

    @Column(name = "speed_mbps", nullable = false)
    private long speedMbps;

    @Column(nullable = false)
    private String duplex;

    @Column(nullable = false)
    private boolean autonegotiation;

    @Column(nullable = false)
    private String detail;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected Port() {
    }

    Port(long componentId, PortStatus s, Instant at) {
        this.componentId = componentId;
        this.port = s.port();
        this.changedAt = at;
        take(s, at);
    }

    /** Whether {@code s} changes the link or the speed. */
    boolean changes(PortStatus s) {
        return !link.equals(s.link().name()) || speedMbps != s.speedMbps();
    }

    /** Takes the latest state; {@code changedAt} moves only when the link or the speed changed. */
    void take(PortStatus s, Instant at) {
        if (link != null && changes(s)) {
            changedAt = at;
        }
        link = s.link().name();
        speedMbps = s.speedMbps();
        duplex = s.duplex();
        autonegotiation = s.autonegotiation();
        detail = s.detail();
        seenAt = at;
    }

    /** @param counters its latest packet counters, null when never read */
    PortsController.PortView view(PortsController.CountersView counters) {
        return new PortsController.PortView(port, link, speedMbps, duplex.isEmpty() ? null : duplex, autonegotiation,
                detail.isEmpty() ? null : detail, changedAt, seenAt, counters);
    }

    int port() {
        return port;
    }

    String link() {
        return link;
    }

    long speedMbps() {
        return speedMbps;
    }
}
