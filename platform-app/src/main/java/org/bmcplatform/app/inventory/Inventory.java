package org.bmcplatform.app.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.bmcplatform.app.buses.Bus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The components the platform knows, keyed by endpoint UUID: registering the same UUID again
 * updates the same component (same id) and never duplicates it; asset values keep their history.
 */
@Service
public class Inventory {
    private final ComponentRepository components;
    private final AssetRepository assets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inventory(ComponentRepository components, AssetRepository assets, ApplicationEventPublisher events, Clock clock) {
        this.components = components;
        this.assets = assets;
        this.events = events;
        this.clock = clock;
    }

    /** What {@link #register} did. */
    public record Registration(long componentId, boolean created, boolean returned) {
    }

    /** Inserts or updates the component with this UUID, marks it present, and records asset changes. */
    @Transactional
    public Registration register(ComponentFacts facts) {
        Instant now = clock.instant();
        Optional<Component> known = components.findByUuid(facts.uuid());
        Component c;
        boolean created = known.isEmpty();
        boolean returned = false;
        if (created) {
            c = components.save(new Component(facts, now));
            events.publishEvent(new ComponentRegistered(c.getId(), c.getUuid(), c.getName(), c.getComponentClass(), now));
        } else {
            c = known.get();
            returned = c.update(facts, now);
            if (returned) {
                events.publishEvent(new ComponentStateChanged(c.getId(), c.getName(), ComponentState.PRESENT,
                        "answers again at " + location(c), now));
            }
        }
        recordAssets(c, facts.assets(), now, !created);
        return new Registration(c.getId(), created, returned);
    }

    /** Marks a component absent; returns false when it already was. */
    @Transactional
    public boolean markAbsent(long componentId, String reason) {
        Component c = require(componentId);
        Instant now = clock.instant();
        if (!c.markAbsent(now)) {
            return false;
        }
        events.publishEvent(new ComponentStateChanged(c.getId(), c.getName(), ComponentState.ABSENT, reason, now));
        return true;
    }

    @Transactional(readOnly = true)
    public List<Component> all() {
        return components.findAllByOrderByBusAscAddressAsc();
    }

    @Transactional(readOnly = true)
    public Optional<Component> find(long id) {
        return components.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Component> findByUuid(UUID uuid) {
        return components.findByUuid(uuid);
    }

    /** The component, or an {@link UnknownComponentException} (404 with advice). */
    @Transactional(readOnly = true)
    public Component require(long id) {
        return components.findById(id).orElseThrow(() -> new UnknownComponentException(id));
    }

    /** Present components at a bus address (normally zero or one). */
    @Transactional(readOnly = true)
    public List<Component> presentAt(String bus, int address) {
        return components.findByBusAndAddressAndState(bus, address, ComponentState.PRESENT);
    }

    /** The component behind an endpoint (not the ones it contains, like the drives behind an HBA). */
    @Transactional(readOnly = true)
    public Optional<Component> atEndpoint(long endpointId) {
        return components.findByEndpointIdAndParentIdIsNull(endpointId).stream().findFirst();
    }

    /** Present components whose current asset {@code key} has {@code value} (e.g. a drive's serial number). */
    @Transactional(readOnly = true)
    public List<Component> presentWithAsset(String key, String value) {
        return components.findAllById(assets.componentsWithCurrent(key, value)).stream()
                .filter(c -> c.getState() == ComponentState.PRESENT).toList();
    }

    /** The components {@code parentId} reports (the drives behind an HBA), present or not. */
    @Transactional(readOnly = true)
    public List<Component> childrenOf(long parentId) {
        return components.findByParentId(parentId);
    }

    /** The current asset values, by key in key order. */
    @Transactional(readOnly = true)
    public Map<String, String> currentAssets(long componentId) {
        Map<String, String> m = new TreeMap<>();
        for (Asset a : assets.findByComponentIdAndValidToIsNull(componentId)) {
            m.put(a.key(), a.value());
        }
        return m;
    }

    /** Every value an asset key has had, oldest first. */
    @Transactional(readOnly = true)
    public List<AssetPeriod> assetHistory(long componentId) {
        return assets.findByComponentIdOrderByKeyAscValidFromAscIdAsc(componentId).stream()
                .map(a -> new AssetPeriod(a.key(), a.value(), a.validFrom(), a.validTo()))
                .toList();
    }

    /** One value of an asset key over a period; {@code validTo} null while current. */
    public record AssetPeriod(String key, String value, Instant validFrom, Instant validTo) {
    }

    private void recordAssets(Component c, Map<String, String> facts, Instant now, boolean announce) {
        Map<String, Asset> current = new HashMap<>();
        for (Asset a : assets.findByComponentIdAndValidToIsNull(c.getId())) {
            current.put(a.key(), a);
        }
        for (Map.Entry<String, String> e : new TreeMap<>(facts).entrySet()) {
            Asset old = current.get(e.getKey());
            if (old != null && Objects.equals(old.value(), e.getValue())) {
                continue;
            }
            if (old != null) {
                old.close(now);
            }
            assets.save(new Asset(c.getId(), e.getKey(), e.getValue(), now));
            if (announce) {
                events.publishEvent(new AssetChanged(c.getId(), c.getName(), e.getKey(),
                        old == null ? null : old.value(), e.getValue(), now));
            }
        }
    }

    private static String location(Component c) {
        return Bus.location(c.getBus(), c.getAddress());
    }
}
