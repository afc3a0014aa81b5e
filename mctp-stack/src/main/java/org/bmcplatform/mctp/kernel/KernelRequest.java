package org.bmcplatform.mctp.kernel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpException.Reason;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request through the kernel, on its own unbound socket (requesters never bind: a bind would take
 * the message type's requests away from the responder that owns it). The kernel delivers to a socket only
 * the replies whose tag that socket owns, so every datagram here is a candidate reply.
 *
 * <p>The tag is kept across retries: SIOCMCTPALLOCTAG2 reserves it for the peer and each attempt sends
 * with MCTP_TAG_OWNER | MCTP_TAG_PREALLOC, so one tag serves every attempt and a reply to any attempt
 * answers the request (DSP0236 §8.7). Kernels without the tag ioctls (5.15 to 5.17) allocate a fresh
 * tag on each send (MCTP_TAG_OWNER); replies are then matched by peer and message type. When the request
 * ends the tag is dropped, and the socket closes after one more read slice; replies arriving until then
 * are counted as UNMATCHED_RESPONSE, later ones are discarded by the kernel.
 */
final class KernelRequest {
    private static final Logger log = LoggerFactory.getLogger(KernelRequest.class);

    private final AfMctpEndpoint endpoint;
    private final int network;
    private final EndpointId peer;
    private final Bytes message;
    private final RequestOptions options;
    private final CompletableFuture<Bytes> future = new CompletableFuture<>();

    // guarded by this
    private int fd = -1;
    private boolean socketOpen;
    private boolean ended;
    private int attempts;
    private Scheduler.Cancellable timer;
    private SyscallException lastSendFailure;
    // set before the reader starts, read-only afterwards
    private int sendTag;
    private boolean keptTag;

    KernelRequest(AfMctpEndpoint endpoint, int network, EndpointId peer, Bytes message, RequestOptions options) {
        this.endpoint = endpoint;
        this.network = network;
        this.peer = peer;
        this.message = message;
        this.options = options;
    }

    CompletableFuture<Bytes> future() {
        return future;
    }

    /** Opens the socket, takes a tag, starts the reader and sends the first attempt. */
    void start() {
        MctpSockets sockets = endpoint.sockets();
        int opened;
        try {
            opened = sockets.open();
        } catch (SyscallException e) {
            future.completeExceptionally(new MctpException(Reason.TRANSMIT_FAILED,
                    "cannot open an AF_MCTP socket for a request to " + target() + ": " + e.getMessage()));
            return;
        }
        synchronized (this) {
            fd = opened;
            socketOpen = true;
        }
        try {
            sendTag = sockets.allocateTag(opened, network, peer.value());
            keptTag = true;
        } catch (SyscallException e) {
            if (e.errno() != Errno.EOPNOTSUPP) {
                future.completeExceptionally(tagFailure(e));
                closeSocket();
                return;
            }
            sendTag = SockaddrMctp.TAG_OWNER;
        }
        future.whenComplete((response, failure) -> end());
        try {
            endpoint.readers().execute(new SocketReader(sockets, opened, "a request to " + target(), this::isEnded,
                    this::onDatagram, this::closeSocket, endpoint.drops()));
        } catch (RejectedExecutionException e) {
            fail(new MctpException(Reason.CLOSED, "the AF_MCTP endpoint is closed"));
            closeSocket();
            return;
        }
        send();
    }

    /** Fails the request unless it has completed (close, or a reader that gave up). */
    void fail(MctpException e) {
        future.completeExceptionally(e);
    }

    private void send() {
        MctpException failure = null;
        synchronized (this) {
            if (ended || !socketOpen) {
                return;
            }
            int attemptNo = ++attempts;
            try {
                endpoint.sockets().sendTo(fd, message.slice(1),
                        new SockaddrMctp(network, peer.value(), message.get(0), sendTag));
                lastSendFailure = null;
            } catch (SyscallException e) {
                failure = sendFailure(e);
                lastSendFailure = e;
            }
            if (failure == null) {
                try {
                    timer = endpoint.scheduler().schedule(options.timeout(), () -> timedOut(attemptNo));
                } catch (RuntimeException e) {
                    failure = new MctpException(Reason.CLOSED, "cannot time a request to " + target() + ": " + e.getMessage());
                }
            }
        }
        if (failure != null) {
            future.completeExceptionally(failure);
        }
    }

    /** An attempt's time is up: the next attempt (same tag), or the request fails. */
    private void timedOut(int attemptNo) {
        boolean retry;
        SyscallException sendFailed;
        synchronized (this) {
            if (ended || attemptNo != attempts) {
                return;
            }
            retry = attempts <= options.retries();
            sendFailed = lastSendFailure;
        }
        if (retry) {
            send();
        } else if (sendFailed != null) {
            future.completeExceptionally(new MctpException(Reason.TRANSMIT_FAILED, "could not send to " + target()
                    + " (attempt " + attemptNo + "): " + sendFailed.getMessage()));
        } else {
            future.completeExceptionally(new MctpException(Reason.TIMEOUT, "no response from " + target() + " after "
                    + attemptNo + " attempt(s) of " + options.timeout().toMillis() + " ms"));
        }
    }

    /** On the reader's thread: the reply, or a datagram counted as unmatched (late, duplicate, wrong type). */
    private void onDatagram(MctpSockets.Datagram d) {
        SockaddrMctp from = d.from();
        boolean fromPeer = from.eid() == peer.value() && (network == SockaddrMctp.NET_ANY || from.network() == network);
        boolean response = !from.tagOwner() && (from.type() & 0x7F) == (message.get(0) & 0x7F);
        boolean tagMatches = !keptTag || from.tagValue() == (sendTag & SockaddrMctp.TAG_MASK);
        if (fromPeer && response && tagMatches && future.complete(d.message())) {
            return;
        }
        endpoint.drops().count(DropReason.UNMATCHED_RESPONSE);
        log.debug("unmatched datagram from {} on the socket of a request to {}", from, target());
    }

    /** The request completed (any way): no more attempts, the kept tag goes back to the kernel. */
    private void end() {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            if (timer != null) {
                timer.cancel();
            }
            if (keptTag && socketOpen) {
                try {
                    endpoint.sockets().dropTag(fd, network, peer.value(), sendTag);
                } catch (SyscallException e) {
                    log.debug("dropping the tag of a request to {}: {}", target(), e.getMessage());
                }
            }
        }
        endpoint.finished(this);
    }

    private synchronized boolean isEnded() {
        return ended;
    }

    /** Runs once the reader is done (or never started): closes the socket, fails the request if still open. */
    private void closeSocket() {
        synchronized (this) {
            if (!socketOpen) {
                return;
            }
            socketOpen = false;
            endpoint.sockets().close(fd);
        }
        future.completeExceptionally(new MctpException(Reason.TRANSMIT_FAILED,
                "receiving on the AF_MCTP socket of a request to " + target() + " failed; see the log"));
    }

    private MctpException tagFailure(SyscallException e) {
        if (e.errno() == Errno.EBUSY || e.errno() == Errno.EAGAIN) {
            return new MctpException(Reason.TAGS_EXHAUSTED, "the kernel has no free tag to " + target() + " (" + e.describeErrno()
                    + "); wait for outstanding requests to finish");
        }
        return new MctpException(Reason.TRANSMIT_FAILED, "cannot reserve a tag for a request to " + target() + ": " + e.getMessage());
    }

    /** Null when the failure is worth another attempt (no buffer space, bus busy). */
    private MctpException sendFailure(SyscallException e) {
        int errno = e.errno();
        if (errno == Errno.ENETUNREACH || errno == Errno.EHOSTUNREACH || errno == Errno.EADDRNOTAVAIL) {
            return new MctpException(Reason.NO_ROUTE, "the kernel has no route to " + target() + " (" + e.describeErrno()
                    + "); mctpd assigns EIDs and routes on this system: check `mctp route` and `busctl tree au.com.codeconstruct.MCTP1`");
        }
        if (errno == Errno.EACCES || errno == Errno.EPERM) {
            return new MctpException(Reason.UNAVAILABLE, "sending an MCTP request was refused (" + e.describeErrno()
                    + "); this kernel wants CAP_NET_RAW for sendto on AF_MCTP: run as root or grant the capability");
        }
        if (errno == Errno.EMSGSIZE) {
            return new MctpException(Reason.TOO_LARGE, "a message of " + message.length() + " bytes to " + target()
                    + " is too large for the kernel (" + e.describeErrno() + ")");
        }
        if (errno == Errno.EAGAIN || errno == Errno.ENOBUFS || errno == Errno.EBUSY || errno == Errno.EINTR
                || errno == Errno.EIO || errno == Errno.ENXIO || errno == Errno.EREMOTEIO || errno == Errno.ETIMEDOUT) {
            return errno == Errno.EBUSY && !keptTag ? new MctpException(Reason.TAGS_EXHAUSTED, "the kernel has no free tag to "
                    + target() + " (" + e.describeErrno() + "); wait for outstanding requests to finish") : null;
        }
        return new MctpException(Reason.TRANSMIT_FAILED, "could not send to " + target() + ": " + e.getMessage());
    }

    private String target() {
        return "EID " + peer + " on network " + Integer.toUnsignedLong(network);
    }
}
