package org.bmcplatform.mctp.route;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.binding.LinkAddress;

/**
 * The neighbour table (reference mctp-stack.md §8): (interface, EID) to link-layer address, looked up
 * by the next-hop EID of a resolved route. Thread-safe.
 */
public final class NeighbourTable {
    private record Key(String interfaceName, EndpointId eid) {
    }

    private final Map<Key, LinkAddress> entries = new LinkedHashMap<>();

    /** Adds or replaces the entry for an EID on an interface. */
    public synchronized void put(String interfaceName, EndpointId eid, LinkAddress address) {
        if (interfaceName == null || eid == null || address == null) {
            throw new IllegalArgumentException("interfaceName, eid and address are required");
        }
        entries.put(new Key(interfaceName, eid), address);
    }

    /** Answers whether there was an entry. */
    public synchronized boolean remove(String interfaceName, EndpointId eid) {
        return entries.remove(new Key(interfaceName, eid)) != null;
    }

    /** Removes every entry of an interface. */
    public synchronized void removeInterface(String interfaceName) {
        entries.keySet().removeIf(k -> k.interfaceName().equals(interfaceName));
    }

    public synchronized Optional<LinkAddress> lookup(String interfaceName, EndpointId eid) {
        return Optional.ofNullable(entries.get(new Key(interfaceName, eid)));
    }

    public synchronized List<Neighbour> list() {
        List<Neighbour> out = new ArrayList<>(entries.size());
        entries.forEach((k, a) -> out.add(new Neighbour(k.interfaceName(), k.eid(), a)));
        return out;
    }
}
