package org.bmcplatform.mctp;

import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.tag.TagKey;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * One request and its attempts: each attempt takes a fresh tag, is matched by (peer, tag) or, for
 * physical addressing, by (interface, tag), and ends by response, timeout or transmit failure.
 * Mutable fields are guarded by the stack's lock.
 */
final class Exchange {
    final StackInterface iface;
    final EndpointId peer;
    final LinkAddress address;
    final Bytes message;
    final int mtu;
    final RequestOptions options;
    final CompletableFuture<Bytes> future = new CompletableFuture<>();

    int attempt;
    int tag = -1;
    TagKey tagKey;
    Scheduler.Cancellable timer = () -> { };
    boolean done;

    Exchange(StackInterface iface, EndpointId peer, LinkAddress address, Bytes message, int mtu, RequestOptions options) {
        this.iface = iface;
        this.peer = peer;
        this.address = address;
        this.message = message;
        this.mtu = mtu;
        this.options = options;
    }

    /** Whether further attempts are allowed after the current one. */
    boolean mayRetry() {
        return attempt <= options.retries();
    }

    String target() {
        return peer.isNull() ? "physical address " + address + " on " + iface.name()
                : "EID " + peer + " on network " + iface.network();
    }
}
