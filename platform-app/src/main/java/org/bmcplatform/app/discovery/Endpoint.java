package org.bmcplatform.app.discovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An MCTP endpoint the bus owner set up, keyed by its UUID (DSP0236 §12.6); its EID may change. */
@Entity
@Table(name = "endpoints")
public class Endpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private UUID uuid;

    @Column(nullable = false)
    private int network;

    @Column(nullable = false)
    private int eid;

    @Column(name = "interface_name", nullable = false)
    private String interfaceName;

    @Column(name = "physical_address", nullable = false)
    private String physicalAddress;

    /** Comma-separated labels as MessageType prints them: {@code control,nvme-mi}. */
    @Column(name = "message_types", nullable = false)
    private String messageTypes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EndpointState state;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    protected Endpoint() {
    }

    Endpoint(EndpointFacts facts, Instant now) {
        this.uuid = facts.uuid();
        this.firstSeen = now;
        seen(facts, now);
    }

    /** Takes the facts of a successful setup; the endpoint is available. */
    final void seen(EndpointFacts facts, Instant now) {
        this.network = facts.network();
        this.eid = facts.eid();
        this.interfaceName = facts.interfaceName();
        this.physicalAddress = facts.physicalAddress();
        this.messageTypes = String.join(",", facts.messageTypes());
        this.state = EndpointState.AVAILABLE;
        this.lastSeen = now;
    }

    boolean lost(Instant now) {
        if (state == EndpointState.ABSENT) {
            return false;
        }
        state = EndpointState.ABSENT;
        lastSeen = now;
        return true;
    }

    public Long getId() {
        return id;
    }

    public UUID getUuid() {
        return uuid;
    }

    public int getNetwork() {
        return network;
    }

    public int getEid() {
        return eid;
    }

    public String getInterfaceName() {
        return interfaceName;
    }

    public String getPhysicalAddress() {
        return physicalAddress;
    }

    public List<String> getMessageTypes() {
        return messageTypes.isEmpty() ? List.of() : Arrays.asList(messageTypes.split(","));
    }

    public EndpointState getState() {
        return state;
    }

    public Instant getFirstSeen() {
        return firstSeen;
    }

    public Instant getLastSeen() {
        return lastSeen;
    }
}
