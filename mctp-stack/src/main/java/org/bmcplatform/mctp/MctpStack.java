package org.bmcplatform.mctp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.bmcplatform.mctp.MctpException.Reason;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.route.NeighbourTable;
import org.bmcplatform.mctp.route.ResolvedRoute;
import org.bmcplatform.mctp.route.Route;
import org.bmcplatform.mctp.route.RoutingTable;
import org.bmcplatform.mctp.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Java MCTP stack (DSP0236): interfaces over bindings, routing by EID, fragmentation and
 * reassembly, tags, request/response matching with timeout and retries, and dispatch of incoming
 * requests to handlers. Bindings push packets from their own threads; state is guarded by one lock and
 * user futures are completed outside it, so callers may chain requests from a completion.
 */
public final class MctpStack implements MctpEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(MctpStack.class);

    private final Scheduler scheduler;
    private final StackSettings settings;
    private final Object lock = new Object();
    private final Map<String, StackInterface> interfaces = new LinkedHashMap<>();
    private final RoutingTable routes;
    private final NeighbourTable neighbours = new NeighbourTable();
    private final Exchanges exchanges;
    private final Map<MessageType, RequestHandler> handlers = new ConcurrentHashMap<>();
    private final ReceivePath receivePath = new ReceivePath(this);
    private boolean closed;

    public MctpStack(Scheduler scheduler, StackSettings settings) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.exchanges = new Exchanges(scheduler, settings, iface -> findInterface(iface.name()).orElse(null) == iface);
        this.routes = new RoutingTable(name -> findInterface(name)
                .map(i -> OptionalInt.of(i.binding().mtu())).orElse(OptionalInt.empty()));
    }

    /** Adds an interface in {@code network} and starts its binding. */
    public MctpInterface addInterface(String name, int network, Binding binding) {
        StackInterface iface = new StackInterface(name, network, binding, scheduler, settings);
        synchronized (lock) {
            if (closed) {
                throw new MctpException(Reason.CLOSED, "cannot add interface " + name + ": the stack is closed");
            }
            if (interfaces.containsKey(name)) {
                throw new IllegalArgumentException("interface " + name + " already exists");
            }
            interfaces.put(name, iface);
        }
        try {
            binding.start((packet, source) -> receivePath.onPacket(iface, packet, source));
        } catch (RuntimeException e) {
            synchronized (lock) {
                interfaces.remove(name, iface);
            }
            throw e;
        }
        return iface;
    }

    /** Forgets the interface's routes and neighbours and closes its binding. */
    public void removeInterface(String name) {
        StackInterface iface;
        synchronized (lock) {
            iface = interfaces.remove(name);
        }
        if (iface != null) {
            iface.setUp(false);
            routes.removeInterface(name);
            neighbours.removeInterface(name);
            release(iface);
        }
    }

    /** Stops reassembly and closes the binding; a binding that fails to close is logged, not rethrown. */
    private static void release(StackInterface iface) {
        iface.reassembler().close();
        try {
            iface.binding().close();
        } catch (RuntimeException e) {
            LOG.warn("closing the binding of interface {} failed", iface.name(), e);
        }
    }

    public Optional<MctpInterface> findInterface(String name) {
        synchronized (lock) {
            return Optional.ofNullable(interfaces.get(name));
        }
    }

    public List<MctpInterface> interfaces() {
        synchronized (lock) {
            return List.copyOf(interfaces.values());
        }
    }

    public RoutingTable routes() {
        return routes;
    }

    public NeighbourTable neighbours() {
        return neighbours;
    }

    public StackSettings settings() {
        return settings;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public void handle(MessageType type, RequestHandler handler) {
        if (type == null || handler == null) {
            throw new IllegalArgumentException("message type and handler are required");
        }
        handlers.put(type, handler);
    }

    RequestHandler handler(MessageType type) {
        return handlers.get(type);
    }

    @Override
    public CompletableFuture<Bytes> request(int network, EndpointId destination, Bytes message, RequestOptions options) {
        try {
            checkMessage(message);
            if (!destination.isUnicast()) {
                throw new MctpException(Reason.INVALID_ARGUMENT, "EID " + destination
                        + " is not a unicast EID (8..254); use requestPhysical for the null EID");
            }
            ResolvedRoute r = routes.resolve(network, destination).orElseThrow(() -> new MctpException(
                    Reason.NO_ROUTE, "no route to EID " + destination + " on network " + network));
            StackInterface iface = liveInterface(r.interfaceName());
            if (iface.network() != network) {
                throw new MctpException(Reason.NO_ROUTE, "route to EID " + destination + " names interface "
                        + iface.name() + " of network " + iface.network() + ", not " + network);
            }
            LinkAddress address = neighbours.lookup(iface.name(), r.nextHop())
                    .or(() -> iface.binding().localAddress().isNone() ? Optional.of(LinkAddress.NONE) : Optional.empty())
                    .orElseThrow(() -> new MctpException(Reason.NO_ROUTE, "no neighbour entry (link address) for EID "
                            + r.nextHop() + " on " + iface.name()));
            int mtu = Math.max(Route.BASELINE_MTU, Math.min(r.mtu(), iface.binding().mtu()));
            Exchange ex = new Exchange(iface, destination, address, message, mtu, orDefault(options));
            exchanges.attempt(ex);
            return ex.future;
        } catch (MctpException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Physical addressing (DSP0236 §8.2): destination EID 0 sent to a link address on one interface,
     * at the baseline MTU; the response is matched by tag from any source EID. Used by the bus owner
     * before an endpoint has an EID.
     */
    public CompletableFuture<Bytes> requestPhysical(String interfaceName, LinkAddress address, Bytes message,
                                                    RequestOptions options) {
        try {
            checkMessage(message);
            StackInterface iface = liveInterface(interfaceName);
            Exchange ex = new Exchange(iface, EndpointId.NULL, address, message,
                    Route.BASELINE_MTU, orDefault(options));
            exchanges.attempt(ex);
            return ex.future;
        } catch (MctpException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private RequestOptions orDefault(RequestOptions options) {
        return options != null ? options : settings.requestDefaults();
    }

    private void checkMessage(Bytes message) {
        if (message == null || message.isEmpty()) {
            throw new MctpException(Reason.INVALID_ARGUMENT, "a message has at least the message type byte");
        }
        if (message.length() > settings.maxMessageSize()) {
            throw new MctpException(Reason.TOO_LARGE, "message of " + message.length()
                    + " bytes exceeds the maximum message size of " + settings.maxMessageSize());
        }
    }

    private StackInterface liveInterface(String name) {
        synchronized (lock) {
            if (closed) {
                throw new MctpException(Reason.CLOSED, "the stack is closed");
            }
            StackInterface iface = interfaces.get(name);
            if (iface == null) {
                throw new MctpException(Reason.NO_ROUTE, "no interface named " + name);
            }
            return iface;
        }
    }

    /** Idempotent: outstanding requests fail with CLOSED and every binding is closed. */
    @Override
    public void close() {
        List<StackInterface> all;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            all = new ArrayList<>(interfaces.values());
        }
        exchanges.close();
        for (StackInterface iface : all) {
            release(iface);
        }
    }

    Exchanges exchanges() {
        return exchanges;
    }

    boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }
}
