package org.bmcplatform.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bmcplatform.app.InvalidParameterException;
import org.bmcplatform.app.buses.Bus;
import org.bmcplatform.app.discovery.Endpoint;
import org.bmcplatform.app.discovery.EndpointRegistry;
import org.bmcplatform.app.health.HealthSummary;
import org.bmcplatform.app.health.LatestReadings;
import org.bmcplatform.app.health.SensorValue;
import org.bmcplatform.app.ports.PortStates;
import org.bmcplatform.app.ports.PortsController;
import org.bmcplatform.app.inventory.Component;
import org.bmcplatform.app.inventory.Inventory;
import org.bmcplatform.profiles.profile.ComponentClass;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/components (optionally {@code ?class=NIC} and/or {@code ?parent=12}), /api/components/{id} and
 * /api/components/{id}/assets/history: inventory joined with the endpoint and the latest health.
 */
@RestController
@RequestMapping("/api/components")
class ComponentController {
    private final Inventory inventory;
    private final EndpointRegistry endpoints;
    private final LatestReadings health;
    private final PortStates ports;

    ComponentController(Inventory inventory, EndpointRegistry endpoints, LatestReadings health, PortStates ports) {
        this.inventory = inventory;
        this.endpoints = endpoints;
        this.health = health;
        this.ports = ports;
    }

    /** {@code address} is null for the far end of a point-to-point link (serial, PCC, astlpc). */
    record Location(String bus, Integer address, String slot) {
    }

    record EndpointRef(int network, int eid) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /** {@code parentId}: the component that reports this one (the HBA of a drive behind it); absent otherwise. */
    /** {@code ports}: a NIC's ports with link, speed and since when (absent for other components). */
    record ComponentView(String id, String parentId, UUID uuid, String componentClass, String profile, String name,
                         Location location, String state, @JsonInclude(JsonInclude.Include.ALWAYS) EndpointRef endpoint,
                         Map<String, String> assets, HealthSummary health, List<SensorValue> sensors,
                         List<PortsController.PortView> ports) {
    }

    /** One value an asset key had from {@code validFrom} until {@code validTo} (null while current). */
    record AssetPeriodView(String key, String value, Instant validFrom, Instant validTo) {
    }

    /**
     * Every component, or those of one class ({@code class}, any case) and/or reported by one component
     * ({@code parent}: the drives behind an HBA); an unknown parent is a 404 like GET /api/components/{id}.
     */
    @GetMapping
    List<ComponentView> components(@RequestParam(name = "class", required = false) String componentClass,
                                   @RequestParam(name = "parent", required = false) String parent) {
        String wantedClass = componentClass == null ? null : componentClass(componentClass);
        Long parentId = parent == null ? null : parentId(parent);
        List<Component> all = parentId == null ? inventory.all() : inventory.childrenOf(inventory.require(parentId).getId());
        return all.stream()
                .filter(c -> wantedClass == null || wantedClass.equals(c.getComponentClass()))
                .map(c -> view(c, false)).toList();
    }

    @GetMapping("/{id}")
    ComponentView component(@PathVariable long id) {
        return view(inventory.require(id), true);
    }

    /** Every value each asset key has had, by key, oldest first: what changed on a firmware update or a swap. */
    @GetMapping("/{id}/assets/history")
    List<AssetPeriodView> assetHistory(@PathVariable long id) {
        inventory.require(id);
        return inventory.assetHistory(id).stream()
                .map(a -> new AssetPeriodView(a.key(), a.value(), a.validFrom(), a.validTo())).toList();
    }

    private static String componentClass(String value) {
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        if (Arrays.stream(ComponentClass.values()).noneMatch(k -> k.name().equals(wanted))) {
            throw new InvalidParameterException("class", value, "one of " + Arrays.stream(ComponentClass.values())
                    .map(Enum::name).collect(Collectors.joining(", ")) + " (any case)");
        }
        return wanted;
    }

    private static long parentId(String value) {
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException("parent", value,
                "the id of the reporting component (an HBA), a number such as 12; list them with GET /api/components?class=HBA");
    }

    private ComponentView view(Component c, boolean withSensors) {
        Endpoint e = endpoints.find(c.getEndpointId()).orElse(null);
        List<PortsController.PortView> portViews = ports.of(c.getId());
        return new ComponentView(c.getId().toString(), c.getParentId() == null ? null : c.getParentId().toString(),
                c.getUuid(), c.getComponentClass(), c.getProfile(), c.getName(),
                new Location(c.getBus(), c.getAddress() == Bus.NO_ADDRESS ? null : c.getAddress(), c.getSlot()),
                c.getState().name(), e == null ? null : new EndpointRef(e.getNetwork(), e.getEid()),
                inventory.currentAssets(c.getId()), health.summary(c.getId()),
                withSensors ? health.sensors(c.getId()) : null, portViews.isEmpty() ? null : portViews);
    }
}
