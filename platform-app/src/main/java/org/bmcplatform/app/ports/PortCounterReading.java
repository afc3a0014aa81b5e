package org.bmcplatform.app.ports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bmcplatform.profiles.profile.PortCounters;

/** The latest packet counters read from one NIC port (Get Controller Packet Statistics) and when. */
@Entity
@Table(name = "port_counters")
class PortCounterReading {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "component_id", nullable = false, updatable = false)
    private long componentId;

    @Column(nullable = false, updatable = false)
    private int port;

    @Column(name = "counter_bits", nullable = false)
    private int counterBits;

    @Column(name = "rx_bytes", nullable = false)
    private long rxBytes;

    @Column(name = "tx_bytes", nullable = false)
    private long txBytes;

    @Column(name = "rx_packets", nullable = false)
    private long rxPackets;

    @Column(name = "tx_packets", nullable = false)
    private long txPackets;

    @Column(name = "rx_fcs_errors", nullable = false)
    private long rxFcsErrors;

    @Column(name = "rx_alignment_errors", nullable = false)
    private long rxAlignmentErrors;

    @Column(name = "rx_runt_packets", nullable = false)
    private long rxRuntPackets;

    @Column(name = "rx_jabber_packets", nullable = false)
    private long rxJabberPackets;

    @Column(name = "rx_false_carrier", nullable = false)
    private long rxFalseCarrier;

    @Column(name = "tx_late_collisions", nullable = false)
    private long txLateCollisions;

    @Column(name = "tx_excessive_collisions", nullable = false)
    private long txExcessiveCollisions;

    @Column(name = "rx_pause_xoff", nullable = false)
    private long rxPauseXoff;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected PortCounterReading() {
    }

    PortCounterReading(long componentId, PortCounters c, Instant at) {
        this.componentId = componentId;
        this.port = c.port();
        take(c, at);
    }

    void take(PortCounters c, Instant at) {
        counterBits = c.counterBits();
        rxBytes = c.rxBytes();
        txBytes = c.txBytes();
        rxPackets = c.rxPackets();
        txPackets = c.txPackets();
        rxFcsErrors = c.rxFcsErrors();
        rxAlignmentErrors = c.rxAlignmentErrors();
        rxRuntPackets = c.rxRuntPackets();
        rxJabberPackets = c.rxJabberPackets();
        rxFalseCarrier = c.rxFalseCarrier();
        txLateCollisions = c.txLateCollisions();
        txExcessiveCollisions = c.txExcessiveCollisions();
        rxPauseXoff = c.rxPauseXoff();
        readAt = at;
    }

    PortCounters counters() {
        return new PortCounters(port, counterBits, rxBytes, txBytes, rxPackets, txPackets, rxFcsErrors, rxAlignmentErrors,
                rxRuntPackets, rxJabberPackets, rxFalseCarrier, txLateCollisions, txExcessiveCollisions, rxPauseXoff);
    }

    int port() {
        return port;
    }

    PortsController.CountersView view() {
        return new PortsController.CountersView(rxBytes, txBytes, rxPackets, txPackets, rxFcsErrors, rxAlignmentErrors,
                rxRuntPackets, rxJabberPackets, rxFalseCarrier, txLateCollisions, txExcessiveCollisions, rxPauseXoff,
                counterBits, readAt);
    }
}
