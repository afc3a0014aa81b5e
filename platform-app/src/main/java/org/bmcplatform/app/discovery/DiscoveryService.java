package org.bmcplatform.app.discovery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.bmcplatform.app.buses.Bus;
import org.bmcplatform.app.buses.LiveBoard;
import org.bmcplatform.app.inventory.ComponentFacts;
import org.bmcplatform.app.inventory.Inventory;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;
import org.bmcplatform.profiles.pldm.EntityId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Finds the endpoints at the addresses the board declares (bus owner setup: EID, UUID, message
 * types, DSP0236 §8.17), records them by UUID, identifies the component behind each and registers
 * it in the inventory; then the drives read with the NVMe Basic Management Command at the addresses
 * each bus lists ({@link BasicDriveDiscovery}). Polling, persistence of readings and SSE live elsewhere.
 *
 * <p>Database work runs on discovery's own threads, never on the MCTP stack's: a slow transaction
 * there would delay the stack's receive path and time out the exchanges of the next address.
 */
@Service
public class DiscoveryService implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(DiscoveryService.class);

    private final LiveBoard board;
    private final EndpointRegistry endpoints;
    private final ComponentIdentifier identifier;
    private final Inventory inventory;
    private final ContainedRegistry containedRegistry;
    private final BasicDriveDiscovery basicDrives;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Object registering = new Object();
    private volatile boolean closing;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, new ThreadFactory());

    DiscoveryService(LiveBoard board, EndpointRegistry endpoints, ComponentIdentifier identifier, Inventory inventory,
                     ContainedRegistry containedRegistry, BasicDriveDiscovery basicDrives, ApplicationEventPublisher events,
                     Clock clock) {
        this.basicDrives = basicDrives;
        this.board = board;
        this.endpoints = endpoints;
        this.identifier = identifier;
        this.inventory = inventory;
        this.containedRegistry = containedRegistry;
        this.events = events;
        this.clock = clock;
    }

    /** What setting up one address found. */
    public record Found(long componentId, boolean newEndpoint, boolean newComponent) {
    }

    /** Sets up every declared address on every bus (buses in parallel, each bus one exchange at a time). */
    public DiscoveryResult scan() {
        return scan(false);
    }

    /**
     * The first scan after start: a component stored as present whose address no longer answers is
     * marked absent (it was removed while the platform was down).
     */
    DiscoveryResult scanAtStartup() {
        return scan(true);
    }

    private DiscoveryResult scan(boolean startup) {
        Instant start = clock.instant();
        List<CompletableFuture<Found>> all = new ArrayList<>();
        List<Runnable> vacant = new ArrayList<>();
        for (Bus bus : board.buses()) {
            for (int address : bus.probedAddresses()) {
                all.add(probe(bus, address).exceptionally(e -> {
                    if (noRoute(e)) {
                        // the kernel knows no endpoint at that EID: nothing there to watch
                        log.debug("{}: no route", Bus.location(bus.name(), address));
                        return null;
                    }
                    log.info("{}: no endpoint ({})", Bus.location(bus.name(), address), e.toString());
                    synchronized (vacant) {
                        vacant.add(() -> vacant(bus, address, startup));
                    }
                    return null;
                }));
            }
        }
        int found = 0;
        int newEndpoints = 0;
        int components = 0;
        for (CompletableFuture<Found> f : all) {
            Found r = f.join();
            if (r != null) {
                found++;
                newEndpoints += r.newEndpoint() ? 1 : 0;
                components++;
            }
        }
        vacant.forEach(Runnable::run);
        // after the MCTP endpoints, so a drive that answers both is known by its MI endpoint first
        components += basicDrives.scan(startup);
        Instant end = clock.instant();
        DiscoveryResult result = new DiscoveryResult(found, newEndpoints, components, Duration.between(start, end).toMillis());
        if (!closing) {
            events.publishEvent(new DiscoveryCompleted(result, end));
        }
        return result;
    }

    /**
     * Sets up the endpoint at one address (as bus owner; on a link the far end owns, learns it without
     * assigning; on the kernel transport, asks the EID) and registers the component behind it.
     */
    public CompletableFuture<Found> probe(Bus bus, int address) {
        return bus.lane().submit(() -> board.endpointSetup().setUp(bus, address))
                .thenComposeAsync(endpoint -> {
                    EndpointRegistry.Upsert seen;
                    synchronized (registering) {
                        seen = endpoints.seen(facts(endpoint));
                    }
                    return identifier.identify(bus, endpoint)
                            .thenApplyAsync(identified -> register(bus, address, endpoint, seen, identified), workers);
                }, workers);
    }

    /** The component stopped answering: mark it and its endpoint absent, and give its EID back to the pool. */
    public void lost(long componentId, DiscoveredEndpoint endpoint, String reason) {
        synchronized (registering) {
            inventory.markAbsent(componentId, reason);
            containedRegistry.parentLost(componentId, reason);
            endpoints.lost(endpoint.uuid());
            board.endpointSetup().forget(endpoint);
        }
    }

    private void vacant(Bus bus, int address, boolean startup) {
        if (closing) {
            return; // the stack is stopping: a missing answer says nothing about the device
        }
        if (startup) {
            synchronized (registering) {
                inventory.presentAt(bus.name(), address).forEach(c -> {
                    inventory.markAbsent(c.getId(), "did not answer when the platform started");
                    endpoints.lost(c.getUuid());
                });
            }
        }
        events.publishEvent(new AddressVacant(bus.name(), address, clock.instant()));
    }

    private Found register(Bus bus, int address, DiscoveredEndpoint endpoint, EndpointRegistry.Upsert seen,
                           ComponentIdentifier.Identified identified) {
        Bus.DeclaredComponent declared = bus.components().stream().filter(c -> c.address() == address).findFirst().orElse(null);
        String name = declared != null ? declared.id()
                : address == Bus.NO_ADDRESS ? bus.name() + "-peer" : String.format("%s-0x%02x", bus.name(), address);
        ComponentFacts facts = new ComponentFacts(endpoint.uuid(), identified.componentClass(), identified.profileId(), name,
                bus.name(), address, declared == null ? null : declared.slot(), seen.endpoint().getId(), identified.assets());
        if (closing) {
            throw new java.util.concurrent.CancellationException("the platform is shutting down");
        }
        synchronized (registering) {
            Inventory.Registration r = inventory.register(facts);
            Map<EntityId, Long> contained = identified.profile()
                    .map(p -> containedRegistry.register(r.componentId(), facts, p, identified.identification()))
                    .orElse(Map.of());
            events.publishEvent(new ComponentOnline(r.componentId(), bus.name(), address, endpoint, identified.profile(),
                    identified.identification(), contained));
            return new Found(r.componentId(), seen.created(), r.created());
        }
    }

    /** Stops recording anything once shutdown begins: exchanges then fail because the stack closes. */
    @EventListener(ContextClosedEvent.class)
    void shuttingDown() {
        closing = true;
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }

    private static final class ThreadFactory implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "discovery-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    private static boolean noRoute(Throwable e) {
        return MctpException.extract(e).map(x -> x.reason() == MctpException.Reason.NO_ROUTE).orElse(false);
    }

    private static EndpointFacts facts(DiscoveredEndpoint e) {
        return new EndpointFacts(e.uuid(), e.network(), e.eid().value(), e.interfaceName(), e.address().toString(),
                e.messageTypes().stream().sorted().map(t -> t.label()).toList());
    }
}
