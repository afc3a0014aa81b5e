package org.bmcplatform.mctp.kernel;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.IncomingRequest;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpException.Reason;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestHandler;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The responder side of one message type: a socket bound to (MCTP_NET_ANY, MCTP_ADDR_ANY, type), which
 * the kernel hands every request (TO=1) of that type addressed to a local EID. Each request goes to the
 * current handler; its answer is sent back with the request's tag and TO=0 (tag value without
 * MCTP_TAG_OWNER). Only one socket per type may bind on a system (kernels since mid-2025 refuse a second
 * with EADDRINUSE, older ones deliver to one of them).
 */
final class HandlerSocket {
    private static final Logger log = LoggerFactory.getLogger(HandlerSocket.class);

    private final MctpSockets sockets;
    private final DropCounters drops;
    private final MessageType type;
    private final int fd;
    private volatile RequestHandler handler;
    private volatile boolean stopped;
    // guarded by this: sends never race the close
    private boolean socketOpen = true;

    private HandlerSocket(MctpSockets sockets, DropCounters drops, MessageType type, int fd, RequestHandler handler) {
        this.sockets = sockets;
        this.drops = drops;
        this.type = type;
        this.fd = fd;
        this.handler = handler;
    }

    /** Opens and binds the socket; fails with one message saying what is missing. */
    static HandlerSocket bind(MctpSockets sockets, DropCounters drops, MessageType type, RequestHandler handler) {
        int fd;
        try {
            fd = sockets.open();
        } catch (SyscallException e) {
            throw new MctpException(Reason.UNAVAILABLE, "cannot open an AF_MCTP socket to receive " + type + " requests: "
                    + e.getMessage());
        }
        try {
            sockets.bind(fd, SockaddrMctp.bindAny(type.code()));
        } catch (SyscallException e) {
            sockets.close(fd);
            throw new MctpException(Reason.UNAVAILABLE, bindFailure(type, e));
        }
        return new HandlerSocket(sockets, drops, type, fd, handler);
    }

    private static String bindFailure(MessageType type, SyscallException e) {
        String what = String.format("message type %s (0x%02x)", type.label(), type.code());
        if (e.errno() == Errno.EACCES || e.errno() == Errno.EPERM) {
            return "receiving " + what + " requests needs CAP_NET_BIND_SERVICE to bind an AF_MCTP socket ("
                    + e.describeErrno() + "); run as root or grant the capability (systemd: AmbientCapabilities=CAP_NET_BIND_SERVICE)";
        }
        if (e.errno() == Errno.EADDRINUSE) {
            return what + " is already bound by another process on this system (" + e.describeErrno()
                    + "); one responder per type: stop the other one (e.g. a daemon answering " + type.label() + ")";
        }
        return "cannot bind an AF_MCTP socket for " + what + " requests: " + e.getMessage();
    }

    void start(Executor readers) {
        readers.execute(new SocketReader(sockets, fd, "responder of " + type.label(), () -> stopped, this::onDatagram,
                this::closeSocket, drops));
    }

    void setHandler(RequestHandler handler) {
        this.handler = handler;
    }

    /** The reader closes the socket after its current wait. */
    void stop() {
        stopped = true;
    }

    private void onDatagram(MctpSockets.Datagram d) {
        SockaddrMctp from = d.from();
        if (!from.tagOwner()) {
            drops.count(DropReason.UNMATCHED_RESPONSE);
            return;
        }
        if ((from.type() & 0x7F) != type.code()) {
            drops.count(DropReason.NO_HANDLER);
            return;
        }
        // the kernel does not say which local EID the request was addressed to: NULL stands for "one of ours"
        IncomingRequest request = new IncomingRequest(from.network(), EndpointId.of(from.eid()), EndpointId.NULL,
                from.tagValue(), d.message(), AfMctpEndpoint.INTERFACE_NAME, LinkAddress.NONE);
        CompletionStage<Optional<Bytes>> answer;
        try {
            answer = handler.handle(request);
        } catch (RuntimeException e) {
            drops.count(DropReason.HANDLER_FAILED);
            log.warn("{} handler failed on a request from EID {}", type.label(), from.eid(), e);
            return;
        }
        answer.whenComplete((response, failure) -> {
            if (failure != null || response == null) {
                drops.count(DropReason.HANDLER_FAILED);
            } else {
                response.ifPresent(r -> respond(from, r));
            }
        });
    }

    private void respond(SockaddrMctp requester, Bytes response) {
        if (response.isEmpty()) {
            drops.count(DropReason.HANDLER_FAILED);
            return;
        }
        SockaddrMctp to = new SockaddrMctp(requester.network(), requester.eid(), response.get(0), requester.tagValue());
        synchronized (this) {
            if (!socketOpen) {
                drops.count(DropReason.TRANSMIT_FAILED);
                return;
            }
            try {
                sockets.sendTo(fd, response.slice(1), to);
            } catch (SyscallException e) {
                drops.count(DropReason.TRANSMIT_FAILED);
                log.warn("could not answer a {} request from EID {}: {}", type.label(), requester.eid(), e.getMessage());
            }
        }
    }

    private synchronized void closeSocket() {
        if (socketOpen) {
            socketOpen = false;
            sockets.close(fd);
        }
    }
}
