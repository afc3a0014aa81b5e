package org.bmcplatform.app.health;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bmcplatform.app.buses.Bus;
import org.bmcplatform.app.buses.LiveBoard;
import org.bmcplatform.app.discovery.AddressVacant;
import org.bmcplatform.app.discovery.BasicAddressVacant;
import org.bmcplatform.app.discovery.BasicDriveDiscovery;
import org.bmcplatform.app.discovery.BasicDriveOnline;
import org.bmcplatform.app.discovery.ComponentOnline;
import org.bmcplatform.app.discovery.DiscoveryService;
import org.bmcplatform.app.ports.PortCountersWanted;
import org.bmcplatform.app.ports.PortStates;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.time.SystemScheduler;
import org.bmcplatform.profiles.profile.ProfileEngine;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One {@link BusPoller} per bus, each on its own thread, so one slow bus never delays another. A component
 * joins its bus's poller when discovery reports it online (its profile's sensors, or, with no profile, a
 * presence check; a drive read with the Basic Management Command, its status block), and is re-targeted
 * (new EID) when it comes back.
 */
@Component
class PollingScheduler implements DisposableBean {
    private final Map<String, BusPoller> pollers = new LinkedHashMap<>();
    private final Map<String, SystemScheduler> threads = new LinkedHashMap<>();
    /** Which component (or vacant-address key) each polled address belongs to, per bus. */
    private final Map<String, Map<Integer, Long>> owners = new java.util.concurrent.ConcurrentHashMap<>();
    private final PollingProperties properties;
    private final LiveBoard board;
    private final ProfileEngine engine;
    private final DiscoveryService discovery;
    private final BasicDriveDiscovery basicDrives;
    private final LatestReadings readings;
    private final PortStates ports;
    private final ControlRequester presence;

    PollingScheduler(LiveBoard board, ProfileEngine engine, DiscoveryService discovery, BasicDriveDiscovery basicDrives,
                     LatestReadings readings, PortStates ports, PollingProperties properties, MeterRegistry meters) {
        this.basicDrives = basicDrives;
        this.ports = ports;
        this.board = board;
        this.presence = new ControlRequester(board.endpoint(), RequestOptions.DEFAULT);
        this.engine = engine;
        this.discovery = discovery;
        this.readings = readings;
        this.properties = properties;
        for (Bus bus : board.buses()) {
            SystemScheduler thread = new SystemScheduler("poll-" + bus.name(), 1);
            threads.put(bus.name(), thread);
            BusPoller poller = new BusPoller(bus.name(), thread, properties.backoff(), properties.absentAfter(),
                    properties.reprobeInterval());
            pollers.put(bus.name(), poller);
            FunctionCounter.builder("bmc.polls", poller, BusPoller::polls).tag("bus", bus.name())
                    .description("health polls finished").register(meters);
            FunctionCounter.builder("bmc.poll.failures", poller, BusPoller::failures).tag("bus", bus.name())
                    .description("health polls that got no answer").register(meters);
            FunctionCounter.builder("bmc.probes", poller, BusPoller::probes).tag("bus", bus.name())
                    .description("re-probes of absent components and empty addresses").register(meters);
        }
    }

    @EventListener
    void on(ComponentOnline online) {
        BusPoller poller = pollers.get(online.busName());
        if (poller == null) {
            return;
        }
        Long previous = addresses(online.busName()).put(online.address(), online.componentId());
        if (previous != null && previous != online.componentId()) {
            poller.remove(previous);
        }
        if (online.profile().map(p -> !p.pollsAnything()).orElse(true)) {
            // nothing to read (no profile, or one without sensors): watch that the endpoint is still there
            poller.upsert(new PresenceTarget(online.componentId(), board.bus(online.busName()), online.address(),
                    online.endpoint(), properties.presenceInterval(), presence, discovery));
            return;
        }
        poller.upsert(new ComponentTarget(online.componentId(), board.bus(online.busName()), online.address(),
                online.endpoint(), online.profile().get(), online.identification(), online.contained(),
                refreshEvery(online.profile().get()), engine, discovery, readings, ports, threads.get(online.busName())::execute,
                board.scheduler()));
    }

    /** A NIC whose packet counters are wanted now is polled at once (they are due). */
    @EventListener
    void on(PortCountersWanted wanted) {
        pollNow(wanted.componentId());
    }

    private void pollNow(long id) {
        owners.forEach((bus, byAddress) -> {
            if (byAddress.containsValue(id) && pollers.containsKey(bus)) {
                pollers.get(bus).pollNow(id);
            }
        });
    }

    /** A component that sent a PLDM event is polled at once, so its health shows the change without waiting. */
    @EventListener
    void on(PldmEventReceived event) {
        event.componentId().ifPresent(this::pollNow);
    }

    @EventListener
    void on(AddressVacant vacant) {
        BusPoller poller = pollers.get(vacant.busName());
        if (poller == null || addresses(vacant.busName()).containsKey(vacant.address())) {
            return;
        }
        long key = VacantAddressTarget.idOf(vacant.address());
        addresses(vacant.busName()).put(vacant.address(), key);
        poller.upsert(new VacantAddressTarget(board.bus(vacant.busName()), vacant.address(),
                properties.reprobeInterval(), discovery));
    }

    /** A drive read with the Basic Management Command joins its bus's poller (one block read per poll). */
    @EventListener
    void on(BasicDriveOnline online) {
        BusPoller poller = pollers.get(online.busName());
        if (poller == null) {
            return;
        }
        Long previous = addresses(online.busName()).put(online.at().address(), online.componentId());
        if (previous != null && previous != online.componentId()) {
            poller.remove(previous);
        }
        poller.upsert(new BasicDriveTarget(online.componentId(), board.bus(online.busName()), online.at(), online.profile(),
                online.target(), engine, basicDrives, readings, threads.get(online.busName())::execute));
    }

    @EventListener
    void on(BasicAddressVacant vacant) {
        BusPoller poller = pollers.get(vacant.busName());
        if (poller == null || addresses(vacant.busName()).containsKey(vacant.where().address())) {
            return;
        }
        addresses(vacant.busName()).put(vacant.where().address(), VacantAddressTarget.idOf(vacant.where().address()));
        poller.upsert(new BasicVacantTarget(board.bus(vacant.busName()), vacant.where(), properties.reprobeInterval(), basicDrives));
    }

    /** Polls between two inventory refreshes of a component that reports contained ones (0: never refreshed). */
    private int refreshEvery(org.bmcplatform.profiles.profile.DeviceProfile profile) {
        if (profile.contained().isEmpty()) {
            return 0;
        }
        return (int) Math.max(1, properties.inventoryRefresh().toMillis() / Math.max(1, profile.pollInterval().toMillis()));
    }

    private Map<Integer, Long> addresses(String bus) {
        return owners.computeIfAbsent(bus, b -> new java.util.concurrent.ConcurrentHashMap<>());
    }

    List<BusPoller> pollers() {
        return List.copyOf(pollers.values());
    }

    @Override
    public void destroy() {
        pollers.values().forEach(BusPoller::close);
        threads.values().forEach(SystemScheduler::close);
    }
}
