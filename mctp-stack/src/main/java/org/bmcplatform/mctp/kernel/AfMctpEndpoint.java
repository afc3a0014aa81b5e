package org.bmcplatform.mctp.kernel;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpEndpoint;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpException.Reason;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestHandler;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * {@link MctpEndpoint} over the Linux kernel's MCTP stack (AF_MCTP sockets, reference/mctp-stack.md §8):
 * the kernel routes, fragments, reassembles and allocates tags; this class sends requests, retries them
 * per {@link RequestOptions} on the {@link Scheduler}, matches replies, and answers incoming requests of
 * the handled types. Each request uses its own unbound socket ({@link KernelRequest}); each handled type
 * one bound socket. A reader thread per socket receives; callers never block.
 *
 * <p>EIDs, routes and the control protocol belong to mctpd on such systems; this endpoint addresses
 * peers by their assigned EID only (no physical addressing).
 */
public final class AfMctpEndpoint implements MctpEndpoint {
    /** What {@link org.bmcplatform.mctp.IncomingRequest#interfaceName()} holds: the kernel does not say. */
    public static final String INTERFACE_NAME = "af_mctp";

    private final MctpSockets sockets;
    private final Scheduler scheduler;
    private final ExecutorService readers;
    private final DropCounters drops = new DropCounters();
    private final Set<KernelRequest> outstanding = ConcurrentHashMap.newKeySet();
    private final Map<MessageType, HandlerSocket> handlers = new HashMap<>();
    private volatile boolean closed;

    AfMctpEndpoint(MctpSockets sockets, Scheduler scheduler) {
        this.sockets = sockets;
        this.scheduler = scheduler;
        AtomicInteger n = new AtomicInteger();
        this.readers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "af-mctp-rx-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens the endpoint on this machine's kernel. Fails at once, with one message that says what to
     * do, where the kernel has no MCTP (socket(AF_MCTP) fails) or the C library cannot be reached.
     */
    public static AfMctpEndpoint open(Scheduler scheduler) {
        MctpSockets linux;
        try {
            linux = new LinuxMctpSockets();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new MctpException(Reason.UNAVAILABLE, "cannot reach the C library through JNA for AF_MCTP sockets ("
                    + e.getMessage() + "); use the Java stack (bmc.mctp.transport=java)");
        }
        return open(linux, scheduler);
    }

    static AfMctpEndpoint open(MctpSockets sockets, Scheduler scheduler) {
        try {
            sockets.close(sockets.open());
        } catch (SyscallException e) {
            throw new MctpException(Reason.UNAVAILABLE, noSocket(e));
        }
        return new AfMctpEndpoint(sockets, scheduler);
    }

    private static String noSocket(SyscallException e) {
        if (e.errno() == Errno.EAFNOSUPPORT) {
            return "this kernel has no MCTP support (AF_MCTP socket: " + Errno.text(e.errno())
                    + "); use the Java stack (bmc.mctp.transport=java) or a kernel with CONFIG_MCTP";
        }
        return "cannot open an AF_MCTP socket (" + e.describeErrno() + "); use the Java stack (bmc.mctp.transport=java)"
                + " or check the process's permissions";
    }

    @Override
    public CompletableFuture<Bytes> request(int network, EndpointId destination, Bytes message, RequestOptions options) {
        if (closed) {
            return CompletableFuture.failedFuture(new MctpException(Reason.CLOSED, "the AF_MCTP endpoint is closed"));
        }
        if (message == null || message.isEmpty()) {
            return CompletableFuture.failedFuture(new MctpException(Reason.INVALID_ARGUMENT,
                    "a message has at least its message type byte"));
        }
        if (!destination.isUnicast()) {
            return CompletableFuture.failedFuture(new MctpException(Reason.INVALID_ARGUMENT, "EID " + destination
                    + " is not a unicast EID: the kernel endpoint addresses assigned EIDs only (8..254); physical"
                    + " addressing and broadcast belong to mctpd"));
        }
        KernelRequest r = new KernelRequest(this, network, destination, message, options);
        outstanding.add(r);
        r.start();
        return r.future();
    }

    @Override
    public void handle(MessageType type, RequestHandler handler) {
        synchronized (handlers) {
            if (closed) {
                throw new MctpException(Reason.CLOSED, "the AF_MCTP endpoint is closed");
            }
            HandlerSocket existing = handlers.get(type);
            if (existing != null) {
                existing.setHandler(handler);
                return;
            }
            HandlerSocket socket = HandlerSocket.bind(sockets, drops, type, handler);
            handlers.put(type, socket);
            socket.start(readers);
        }
    }

    /** Datagrams dropped: replies matching no request (UNMATCHED_RESPONSE), handler and receive failures. */
    public DropCounters drops() {
        return drops;
    }

    /** Requests sent and not yet answered, failed or timed out. */
    public int outstandingRequests() {
        return outstanding.size();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (KernelRequest r : outstanding) {
            r.fail(new MctpException(Reason.CLOSED, "the AF_MCTP endpoint was closed"));
        }
        synchronized (handlers) {
            handlers.values().forEach(HandlerSocket::stop);
            handlers.clear();
        }
        readers.shutdown();
    }

    MctpSockets sockets() {
        return sockets;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    ExecutorService readers() {
        return readers;
    }

    void finished(KernelRequest r) {
        outstanding.remove(r);
    }

    @Override
    public String toString() {
        return "af_mctp(" + outstanding.size() + " outstanding, handlers " + handlers.keySet() + ")";
    }
}
