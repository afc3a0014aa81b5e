package org.bmcplatform.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/components and /api/components/{id}: inventory joined with the endpoint and the latest health. */
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

    @GetMapping
    List<ComponentView> components() {
        return inventory.all().stream().map(c -> view(c, false)).toList();
    }

    @GetMapping("/{id}")
    ComponentView component(@PathVariable long id) {
        return view(inventory.require(id), true);
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
