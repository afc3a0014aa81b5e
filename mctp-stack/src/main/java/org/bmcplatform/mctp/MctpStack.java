package org.bmcplatform.mctp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.bmcplatform.mctp.MctpException.Reason;
import org.bmcplatform.mctp.assembly.Fragmenter;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.packet.MctpPacket;
import org.bmcplatform.mctp.packet.PacketCodec;
import org.bmcplatform.mctp.route.NeighbourTable;
import org.bmcplatform.mctp.route.ResolvedRoute;
import org.bmcplatform.mctp.route.Route;
import org.bmcplatform.mctp.route.RoutingTable;
import org.bmcplatform.mctp.tag.PendingRequests;
import org.bmcplatform.mctp.tag.TagAllocator;
import org.bmcplatform.mctp.tag.TagKey;
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
    private final TagAllocator tags;
    private final PendingRequests<Exchange> pending = new PendingRequests<>();
    private final Map<MessageType, RequestHandler> handlers = new ConcurrentHashMap<>();
    private final ReceivePath receivePath = new ReceivePath(this);
    private boolean closed;

    public MctpStack(Scheduler scheduler, StackSettings settings) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.tags = new TagAllocator(scheduler, settings.tagLifetime());
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
        binding.start((packet, source) -> receivePath.onPacket(iface, packet, source));
        return iface;
    }

    /** Closes the interface's binding and forgets its routes and neighbours. */
    public void removeInterface(String name) {
        StackInterface iface;
        synchronized (lock) {
            iface = interfaces.remove(name);
        }
        if (iface != null) {
            iface.setUp(false);
            iface.reassembler().close();
            iface.binding().close();
            routes.removeInterface(name);
            neighbours.removeInterface(name);
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
            Exchange ex = new Exchange(iface, destination, address, message, r.mtu(), options);
            attempt(ex);
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
                    Math.min(Route.BASELINE_MTU, iface.binding().mtu()), options);
            attempt(ex);
            return ex.future;
        } catch (MctpException e) {
            return CompletableFuture.failedFuture(e);
        }
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

    /** Starts the next attempt of an exchange: fresh tag, registration, timer, then transmission. */
    private void attempt(Exchange ex) {
        MctpException failure = null;
        List<MctpPacket> packets = null;
        int attemptNo;
        synchronized (lock) {
            attemptNo = ++ex.attempt;
            if (closed) {
                failure = new MctpException(Reason.CLOSED, "the stack is closed");
            } else if (!ex.iface.isUp() || interfaces.get(ex.iface.name()) != ex.iface) {
                failure = new MctpException(Reason.BINDING_DOWN, "interface " + ex.iface.name() + " is down");
            } else {
                try {
                    EndpointId local = ex.iface.localEid();
                    ex.tagKey = new TagKey(ex.iface.network(), local, ex.peer);
                    ex.tag = tags.allocate(ex.tagKey);
                    pending.add(ex.iface.network(), ex.iface.name(), ex.peer, ex.tag, ex);
                    ex.timer = scheduler.schedule(ex.options.timeout(), () -> attemptFailed(ex, attemptNo, null));
                    packets = Fragmenter.fragment(ex.peer, local, true, ex.tag, ex.message, ex.mtu, 0);
                } catch (MctpException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                ex.done = true;
            }
        }
        if (failure != null) {
            ex.future.completeExceptionally(failure);
            return;
        }
        transmit(ex.iface, ex.address, packets, () -> isCurrent(ex, attemptNo))
                .whenComplete((ok, err) -> {
                    if (err != null) {
                        attemptFailed(ex, attemptNo, err);
                    }
                });
    }

    private boolean isCurrent(Exchange ex, int attemptNo) {
        synchronized (lock) {
            return !ex.done && ex.attempt == attemptNo;
        }
    }

    /** An attempt timed out ({@code cause} null) or its transmission failed; retries or fails the request. */
    private void attemptFailed(Exchange ex, int attemptNo, Throwable cause) {
        Optional<MctpException> local = cause == null ? Optional.empty() : MctpException.extract(cause);
        boolean retry;
        synchronized (lock) {
            if (ex.done || ex.attempt != attemptNo) {
                return;
            }
            ex.timer.cancel();
            pending.remove(ex.iface.network(), ex.iface.name(), ex.peer, ex.tag, ex);
            tags.release(ex.tagKey, ex.tag);
            boolean retryable = local.isEmpty() || local.get().reason() == Reason.TRANSMIT_FAILED;
            retry = retryable && ex.mayRetry() && !closed;
            ex.done = !retry;
        }
        if (retry) {
            attempt(ex);
            return;
        }
        if (cause == null) {
            ex.future.completeExceptionally(new MctpException(Reason.TIMEOUT, "no response from " + ex.target()
                    + " after " + ex.attempt + " attempt(s) of " + ex.options.timeout().toMillis() + " ms"));
        } else {
            Reason reason = local.map(MctpException::reason).orElse(Reason.TRANSMIT_FAILED);
            ex.future.completeExceptionally(new MctpException(reason, "could not transmit to " + ex.target()
                    + " (attempt " + ex.attempt + "): " + cause.getMessage(), cause));
        }
    }

    /** A reassembled response (TO=0) arrived; completes the matching request or answers false. */
    boolean onResponse(StackInterface iface, EndpointId source, int tag, Bytes message) {
        Exchange ex;
        synchronized (lock) {
            ex = pending.match(iface.network(), iface.name(), source, tag).orElse(null);
            if (ex == null) {
                return false;
            }
            ex.timer.cancel();
            tags.release(ex.tagKey, ex.tag);
            ex.done = true;
        }
        ex.future.complete(message);
        return true;
    }

    /**
     * Transmits the packets of one message in order; counts packets and the message out. Packets
     * after {@code stillWanted} turns false are not sent.
     */
    CompletableFuture<Void> transmit(StackInterface iface, LinkAddress address, List<MctpPacket> packets,
                                     BooleanSupplier stillWanted) {
        if (!iface.isUp()) {
            return CompletableFuture.failedFuture(new MctpException(Reason.BINDING_DOWN, "interface " + iface.name() + " is down"));
        }
        List<CompletableFuture<Void>> stages = new ArrayList<>(packets.size());
        AtomicInteger sent = new AtomicInteger();
        for (MctpPacket p : packets) {
            if (!stillWanted.getAsBoolean()) {
                break;
            }
            CompletableFuture<Void> stage;
            try {
                stage = iface.binding().transmit(PacketCodec.encode(p), address).toCompletableFuture();
            } catch (RuntimeException e) {
                stage = CompletableFuture.failedFuture(e);
            }
            stages.add(stage.thenRun(() -> {
                iface.counters().packetOut();
                sent.incrementAndGet();
            }));
            if (stage.isCompletedExceptionally()) {
                break;
            }
        }
        return CompletableFuture.allOf(stages.toArray(CompletableFuture[]::new)).thenRun(() -> {
            if (sent.get() == packets.size()) {
                iface.counters().messageOut();
            }
        });
    }

    /** Idempotent: outstanding requests fail with CLOSED and every binding is closed. */
    @Override
    public void close() {
        List<Exchange> outstanding;
        List<StackInterface> all;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            outstanding = pending.drain();
            for (Exchange ex : outstanding) {
                ex.done = true;
                ex.timer.cancel();
            }
            all = new ArrayList<>(interfaces.values());
        }
        for (Exchange ex : outstanding) {
            ex.future.completeExceptionally(new MctpException(Reason.CLOSED, "the stack closed while waiting for "
                    + ex.target()));
        }
        for (StackInterface iface : all) {
            iface.reassembler().close();
            try {
                iface.binding().close();
            } catch (RuntimeException e) {
                LOG.warn("closing the binding of interface {} failed", iface.name(), e);
            }
        }
    }

    boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }
}
