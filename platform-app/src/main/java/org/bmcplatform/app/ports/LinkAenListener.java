package org.bmcplatform.app.ports;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.bmcplatform.app.buses.LiveBoard;
import org.bmcplatform.app.discovery.EndpointRegistry;
import org.bmcplatform.app.inventory.Inventory;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.IncomingRequest;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestHandler;
import org.bmcplatform.profiles.ncsi.LinkStatusChangeAen;
import org.bmcplatform.profiles.ncsi.NcsiAen;
import org.bmcplatform.profiles.ncsi.NcsiCodec;
import org.bmcplatform.profiles.ncsi.NcsiFormatException;
import org.bmcplatform.profiles.ncsi.NcsiPacket;
import org.bmcplatform.profiles.profile.PortStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * NC-SI AENs (DSP0222 §8.5 over MCTP, DSP0261): a NIC whose profile ran ncsi-aen-enable sends a Link Status Change
 * AEN to the platform as soon as a port's link changes; the port takes the AEN's link status at once (with its
 * history and PORT_LINK_* event), and the next poll confirms it. AENs are never answered. One from an EID the
 * platform does not know, another AEN type, or bytes that are no NC-SI packet are counted and dropped; the stack's
 * receive path only hands the work to a thread of its own.
 */
@Component
class LinkAenListener implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LinkAenListener.class);

    private final EndpointRegistry endpoints;
    private final Inventory inventory;
    private final PortStates ports;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ncsi-aen");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    LinkAenListener(LiveBoard board, EndpointRegistry endpoints, Inventory inventory, PortStates ports, Clock clock,
                    ObjectProvider<MeterRegistry> meters) {
        this.endpoints = endpoints;
        this.inventory = inventory;
        this.ports = ports;
        this.clock = clock;
        meters.ifAvailable(m -> {
            FunctionCounter.builder("bmc.ncsi.aens.applied", applied, AtomicLong::get)
                    .description("NC-SI Link Status Change AENs that updated a port").register(m);
            FunctionCounter.builder("bmc.ncsi.aens.dropped", dropped, AtomicLong::get)
                    .description("NC-SI messages to the platform that were not a Link Status Change AEN of a known NIC")
                    .register(m);
        });
        board.endpoint().handle(MessageType.NCSI, RequestHandler.immediate(this::received));
    }

    long applied() {
        return applied.get();
    }

    long dropped() {
        return dropped.get();
    }

    private Optional<Bytes> received(IncomingRequest request) {
        NcsiPacket packet;
        try {
            packet = NcsiCodec.decode(request.message());
        } catch (NcsiFormatException e) {
            drop(request, "not an NC-SI packet: " + e.getMessage());
            return Optional.empty();
        }
        if (packet instanceof LinkStatusChangeAen aen) {
            worker.execute(() -> apply(request, aen));
        } else {
            drop(request, packet instanceof NcsiAen other ? "AEN type " + other.aenType() + " is not handled"
                    : "the platform is no NC-SI channel (packet type " + packet.packetType() + ")");
        }
        return Optional.empty();
    }

    private void apply(IncomingRequest request, LinkStatusChangeAen aen) {
        try {
            Optional<Long> component = endpoints.findAvailable(request.network(), request.source().value())
                    .flatMap(e -> inventory.atEndpoint(e.getId())).map(c -> c.getId());
            if (component.isEmpty()) {
                drop(request, "no known component holds that EID");
                return;
            }
            int port = aen.header().channel().channel();
            ports.record(component.get(), clock.instant(), List.of(PortStatus.of(port, aen.linkStatus())));
            applied.incrementAndGet();
        } catch (RuntimeException e) {
            drop(request, "could not be applied: " + e);
        }
    }

    private void drop(IncomingRequest request, String why) {
        dropped.incrementAndGet();
        log.debug("NC-SI message from EID {} on {} dropped: {}", request.source(), request.interfaceName(), why);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
