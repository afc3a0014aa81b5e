package org.bmcplatform.mctp;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.bmcplatform.mctp.MctpException.Reason;
import org.bmcplatform.mctp.assembly.Fragmenter;
import org.bmcplatform.mctp.packet.MctpPacket;
import org.bmcplatform.mctp.tag.PendingRequests;
import org.bmcplatform.mctp.tag.TagAllocator;
import org.bmcplatform.mctp.tag.TagKey;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * The outstanding requests of a stack (DSP0236 §8.7): each attempt takes a fresh tag (TO=1), is
 * registered for matching, timed by the scheduler and transmitted; a timeout or a failed
 * transmission is retried while retries remain. State is guarded by one lock; user futures are
 * completed after it is released, so a completion may start the next request at once.
 */
final class Exchanges {
    private final Object lock = new Object();
    private final Scheduler scheduler;
    private final TagAllocator tags;
    private final PendingRequests<Exchange> pending = new PendingRequests<>();
    private final Predicate<StackInterface> isLive;
    private boolean closed;

    /** @param isLive whether an interface still belongs to the stack */
    Exchanges(Scheduler scheduler, StackSettings settings, Predicate<StackInterface> isLive) {
        this.scheduler = scheduler;
        this.tags = new TagAllocator(scheduler, settings.tagLifetime());
        this.isLive = isLive;
    }

    /** Starts the next attempt of an exchange: fresh tag, registration, timer, then transmission. */
    void attempt(Exchange ex) {
        boolean live = ex.iface.isUp() && isLive.test(ex.iface);
        MctpException failure = null;
        EndpointId local = null;
        int tag = -1;
        int attemptNo;
        synchronized (lock) {
            attemptNo = ++ex.attempt;
            if (closed) {
                failure = new MctpException(Reason.CLOSED, "the stack is closed");
            } else if (!live) {
                failure = new MctpException(Reason.BINDING_DOWN, "interface " + ex.iface.name() + " is down");
            } else {
                try {
                    local = ex.iface.localEid();
                    ex.tagKey = new TagKey(ex.iface.network(), local, ex.peer);
                    // a tag still registered (e.g. one waiting past the tag lifetime) is not handed out again
                    ex.tag = tags.allocate(ex.tagKey,
                            t -> pending.isPending(ex.iface.network(), ex.iface.name(), ex.peer, t));
                    tag = ex.tag;
                    pending.add(ex.iface.network(), ex.iface.name(), ex.peer, ex.tag, ex);
                    ex.timer = scheduler.schedule(ex.options.timeout(), () -> attemptFailed(ex, attemptNo, null));
                } catch (MctpException e) {
                    failure = e;
                } catch (RuntimeException e) {
                    // e.g. a scheduler shutting down refused the timer: undo the registration, free the tag
                    if (tag >= 0) {
                        pending.remove(ex.iface.network(), ex.iface.name(), ex.peer, tag, ex);
                        tags.release(ex.tagKey, tag);
                    }
                    failure = new MctpException(Reason.CLOSED, "could not start a request to " + ex.target() + ": "
                            + e.getMessage(), e);
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
        List<MctpPacket> packets = Fragmenter.fragment(ex.peer, local, true, tag, ex.message, ex.mtu, 0);
        ex.iface.transmit(ex.address, packets, () -> isCurrent(ex, attemptNo))
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
    boolean complete(StackInterface iface, EndpointId source, int tag, Bytes message) {
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

    /** Fails every outstanding request with CLOSED; later attempts fail the same way. */
    void close() {
        List<Exchange> outstanding;
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
        }
        for (Exchange ex : outstanding) {
            ex.future.completeExceptionally(new MctpException(Reason.CLOSED, "the stack closed while waiting for "
                    + ex.target()));
        }
    }
}
