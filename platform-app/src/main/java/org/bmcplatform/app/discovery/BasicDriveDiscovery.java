package org.bmcplatform.app.discovery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bmcplatform.app.buses.Bus;
import org.bmcplatform.app.buses.LiveBoard;
import org.bmcplatform.app.inventory.Component;
import org.bmcplatform.app.inventory.ComponentFacts;
import org.bmcplatform.app.inventory.Inventory;
import org.bmcplatform.profiles.profile.BasicManagementTarget;
import org.bmcplatform.profiles.profile.DeviceProfile;
import org.bmcplatform.profiles.profile.EndpointFacts;
import org.bmcplatform.profiles.profile.Identification;
import org.bmcplatform.profiles.profile.ProfileCatalog;
import org.bmcplatform.profiles.profile.ProfileEngine;
import org.bmcplatform.sim.board.BasicManagementSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * Finds drives through the NVMe Basic Management Command (NVMe-MI 1.2 Appendix A) at the addresses each SMBus bus
 * lists under {@code basic-management}: a block read of the identity block (0x08) through the profile that matches
 * basic-management drives, on the bus's lane like any exchange. A drive that answers is a DRIVE keyed by its PCI
 * vendor id and serial number (a swapped drive is another component), located at the bus address.
 *
 * <p>MI wins: when a present component that has an MCTP endpoint already carries the same vendor id and serial
 * number (the drive answers both), the basic-management address is left alone, so the drive is not listed twice.
 * Discovery reads basic management after the MCTP endpoints of a scan, so those are known first.
 */
@org.springframework.stereotype.Component
public class BasicDriveDiscovery implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(BasicDriveDiscovery.class);

    private final LiveBoard board;
    private final ProfileCatalog catalog;
    private final ProfileEngine engine;
    private final Inventory inventory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExecutorService workers = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "discovery-basic");
        t.setDaemon(true);
        return t;
    });
    /** Listed addresses found to be a drive's basic management whose MI endpoint is used: said once, then quietly re-read. */
    private final java.util.Set<String> shadowed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    BasicDriveDiscovery(LiveBoard board, ProfileCatalog catalog, ProfileEngine engine, Inventory inventory,
                        ApplicationEventPublisher events, Clock clock) {
        this.board = board;
        this.catalog = catalog;
        this.engine = engine;
        this.inventory = inventory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What reading one basic-management address found: the drive's component, or (componentId absent) a drive whose
     * MI endpoint is already a component ({@code shadowedBy}).
     */
    public record Found(Optional<Long> componentId, boolean newComponent, Optional<Long> shadowedBy) {
    }

    /** Reads every listed address of every bus; returns the drives registered. On the first scan, marks missing ones absent. */
    int scan(boolean startup) {
        List<CompletableFuture<Found>> all = new ArrayList<>();
        for (Bus bus : board.buses()) {
            for (BasicManagementSpec at : bus.basicManagement()) {
                all.add(probe(bus, at).exceptionally(e -> {
                    log.info("{}: no basic management answer ({})", Bus.location(bus.name(), at.address()), e.toString());
                    vacant(bus, at, startup);
                    return null;
                }));
            }
        }
        int registered = 0;
        for (CompletableFuture<Found> f : all) {
            Found r = f.join();
            registered += r != null && r.componentId().isPresent() ? 1 : 0;
        }
        return registered;
    }

    /** Identifies the drive at one listed address and registers it (or notes that its MI endpoint already is). */
    public CompletableFuture<Found> probe(Bus bus, BasicManagementSpec at) {
        DeviceProfile generic = catalog.match(EndpointFacts.basicManagementDrive()).orElse(null);
        if (generic == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "no profile matches basic-management drives (the built-in nvme/basic-management is missing)"));
        }
        BasicManagementTarget target = new BasicManagementTarget(bus.blockReader().orElseThrow(), at.address(), at.pec());
        return bus.lane().submit(() -> engine.identifyBasic(generic, target)).thenComposeAsync(first -> {
            DeviceProfile specific = catalog.match(EndpointFacts.basicManagementDrive().withIdentity(first)).orElse(generic);
            if (specific.id().equals(generic.id())) {
                return CompletableFuture.completedFuture(register(bus, at, target, specific, first));
            }
            return bus.lane().submit(() -> engine.identifyBasic(specific, target))
                    .thenApplyAsync(second -> register(bus, at, target, specific, second), workers);
        }, workers);
    }

    /** The drive stopped answering: it is absent until a re-probe finds it again. */
    public void lost(long componentId, String reason) {
        inventory.markAbsent(componentId, reason);
    }

    private Found register(Bus bus, BasicManagementSpec at, BasicManagementTarget target, DeviceProfile profile,
                           Identification identified) {
        String serial = identified.assets().get("serialNumber");
        String vendorId = identified.assets().get("vendorId");
        if (serial == null || vendorId == null) {
            throw new IllegalStateException(Bus.location(bus.name(), at.address()) + ": the identity block could not be read ("
                    + String.join("; ", identified.warnings()) + ")");
        }
        UUID uuid = uuidOf(vendorId, serial);
        Optional<Component> withMi = inventory.presentWithAsset("serialNumber", serial).stream()
                .filter(c -> c.getEndpointId() != null && !c.getUuid().equals(uuid))
                .filter(c -> vendorId.equals(inventory.currentAssets(c.getId()).get("vendorId")))
                .findFirst();
        String location = Bus.location(bus.name(), at.address());
        if (withMi.isPresent()) {
            if (shadowed.add(location)) {
                log.info("{}: basic management of {} (serial {}), which answers NVMe-MI; its MI endpoint is used",
                        location, withMi.get().getName(), serial);
            }
            events.publishEvent(new BasicAddressVacant(bus.name(), at, clock.instant()));
            return new Found(Optional.empty(), false, Optional.of(withMi.get().getId()));
        }
        if (closing) {
            throw new java.util.concurrent.CancellationException("the platform is shutting down");
        }
        shadowed.remove(location);
        Bus.DeclaredComponent declared = bus.declaredAt(at.address()).orElse(null);
        String name = declared != null ? declared.id() : String.format("%s-0x%02x", bus.name(), at.address());
        ComponentFacts facts = new ComponentFacts(uuid, profile.componentClass().name(), profile.id(), name, bus.name(),
                at.address(), declared == null ? null : declared.slot(), null, identified.assets());
        Inventory.Registration r = inventory.register(facts);
        events.publishEvent(new BasicDriveOnline(r.componentId(), bus.name(), at, profile, target));
        return new Found(Optional.of(r.componentId()), r.created(), Optional.empty());
    }

    private void vacant(Bus bus, BasicManagementSpec at, boolean startup) {
        if (closing) {
            return;
        }
        if (startup) {
            inventory.presentAt(bus.name(), at.address()).stream().filter(c -> c.getEndpointId() == null)
                    .forEach(c -> inventory.markAbsent(c.getId(), "did not answer when the platform started"));
        }
        events.publishEvent(new BasicAddressVacant(bus.name(), at, clock.instant()));
    }

    /** The component key of a basic-management drive: its PCI vendor id and serial number. */
    static UUID uuidOf(String vendorId, String serial) {
        return UUID.nameUUIDFromBytes(("nvme-basic/" + vendorId + "/" + serial).getBytes(StandardCharsets.UTF_8));
    }

    @EventListener(ContextClosedEvent.class)
    void shuttingDown() {
        closing = true;
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
