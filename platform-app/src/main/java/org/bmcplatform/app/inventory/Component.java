package org.bmcplatform.app.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A device behind an MCTP endpoint, keyed by the endpoint's UUID (DSP0236 §12.6), never by its EID; or a
 * device another component reports (a drive behind an HBA: {@code parentId}), keyed by a UUID derived from
 * its parent's and its own identity.
 */
@Entity
@Table(name = "components")
public class Component {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private UUID uuid;

    @Column(name = "component_class", nullable = false)
    private String componentClass;

    private String profile;

    @Column(nullable = false)
    private String name;

    private String slot;

    @Column(nullable = false)
    private String bus;

    @Column(nullable = false)
    private int address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComponentState state;

    @Column(name = "endpoint_id")
    private Long endpointId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    protected Component() {
    }

    Component(ComponentFacts facts, Instant now) {
        this.uuid = facts.uuid();
        this.firstSeen = now;
        this.state = ComponentState.PRESENT;
        update(facts, now);
    }

    /** Takes the latest facts (location, profile, endpoint); returns true when the state changed to PRESENT. */
    final boolean update(ComponentFacts facts, Instant now) {
        this.componentClass = facts.componentClass();
        this.profile = facts.profile();
        this.name = facts.name();
        this.slot = facts.slot();
        this.bus = facts.bus();
        this.address = facts.address();
        this.endpointId = facts.endpointId();
        this.parentId = facts.parentId();
        this.lastSeen = now;
        boolean returned = state == ComponentState.ABSENT;
        this.state = ComponentState.PRESENT;
        return returned;
    }

    /** Returns true when this changed the state. */
    boolean markAbsent(Instant now) {
        if (state == ComponentState.ABSENT) {
            return false;
        }
        state = ComponentState.ABSENT;
        lastSeen = now;
        return true;
    }

    public Long getId() {
        return id;
    }

    public UUID getUuid() {
        return uuid;
    }

    public String getComponentClass() {
        return componentClass;
    }

    public String getProfile() {
        return profile;
    }

    public String getName() {
        return name;
    }

    public String getSlot() {
        return slot;
    }

    public String getBus() {
        return bus;
    }

    public int getAddress() {
        return address;
    }

    public ComponentState getState() {
        return state;
    }

    public Long getEndpointId() {
        return endpointId;
    }

    public Instant getFirstSeen() {
        return firstSeen;
    }

    public Instant getLastSeen() {
        return lastSeen;
    }

    /** The component that reports this one (the HBA of a drive behind it), or null. */
    public Long getParentId() {
        return parentId;
    }
}
