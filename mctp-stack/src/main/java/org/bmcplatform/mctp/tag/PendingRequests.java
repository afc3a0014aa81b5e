package org.bmcplatform.mctp.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bmcplatform.mctp.EndpointId;

/**
 * Outstanding requests waiting for their response (TO=0, same tag; DSP0236 §8.7). A logical request is
 * matched by (network, peer EID, tag); a physically addressed request (destination EID 0, §8.2) is
 * matched by (interface, tag) from any source EID. Not thread-safe: the owner guards it.
 *
 * @param <T> what the owner keeps per request
 */
public final class PendingRequests<T> {
    private record Logical(int network, EndpointId peer, int tag) {
    }

    private record Physical(String interfaceName, int tag) {
    }

    private final Map<Logical, T> logical = new HashMap<>();
    private final Map<Physical, T> physical = new HashMap<>();

    /** Registers a request to {@code peer}; a null peer means physical addressing on the interface. */
    public void add(int network, String interfaceName, EndpointId peer, int tag, T request) {
        if (peer.isNull()) {
            physical.put(new Physical(interfaceName, tag), request);
        } else {
            logical.put(new Logical(network, peer, tag), request);
        }
    }

    /** Removes a registration if it still holds {@code request}. */
    public void remove(int network, String interfaceName, EndpointId peer, int tag, T request) {
        if (peer.isNull()) {
            physical.remove(new Physical(interfaceName, tag), request);
        } else {
            logical.remove(new Logical(network, peer, tag), request);
        }
    }

    /** Whether a request to {@code peer} (null: physical addressing on the interface) holds {@code tag}. */
    public boolean isPending(int network, String interfaceName, EndpointId peer, int tag) {
        return peer.isNull() ? physical.containsKey(new Physical(interfaceName, tag))
                : logical.containsKey(new Logical(network, peer, tag));
    }

    /**
     * Finds and removes the request a response from {@code source} with {@code tag} on the interface
     * answers: first an exact logical match, then a physically addressed request on that interface.
     */
    public Optional<T> match(int network, String interfaceName, EndpointId source, int tag) {
        T t = logical.remove(new Logical(network, source, tag));
        if (t == null) {
            t = physical.remove(new Physical(interfaceName, tag));
        }
        return Optional.ofNullable(t);
    }

    /** Removes and returns everything outstanding. */
    public List<T> drain() {
        List<T> all = new ArrayList<>(logical.values());
        all.addAll(physical.values());
        logical.clear();
        physical.clear();
        return all;
    }

    public int size() {
        return logical.size() + physical.size();
    }
}
