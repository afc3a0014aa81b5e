package org.bmcplatform.mctp.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MessageType;

/**
 * Asks an endpoint that has an EID what it is (mctpd's query after SetupEndpoint): Get Endpoint UUID, Get
 * Message Type Support and, when a vendor-defined type is listed, Get Vendor Defined Message Support for
 * every vendor ID set. Works through any endpoint API: the bus owner uses it after assigning an EID, and on
 * the kernel transport it describes the endpoints mctpd set up. A "no" from the endpoint fails the query
 * with {@link ControlRefusedException} naming the command.
 */
public final class EndpointQuery {
    private final ControlRequester requester;

    public EndpointQuery(ControlRequester requester) {
        this.requester = requester;
    }

    /** @param where how messages name the endpoint, e.g. "the endpoint at smbus0 0x1d" */
    public CompletableFuture<EndpointDescription> describe(int network, EndpointId eid, String where) {
        ControlTarget.Logical target = new ControlTarget.Logical(network, eid);
        return requester.getEndpointUuid(target).thenCompose(u -> {
            if (!u.isSuccess()) {
                throw new ControlRefusedException(where + " answered Get Endpoint UUID with " + u.completionCode(),
                        u.completionCode());
            }
            return requester.getMessageTypeSupport(target).thenCompose(t -> {
                if (!t.isSuccess()) {
                    throw new ControlRefusedException(where + " answered Get Message Type Support with "
                            + t.completionCode(), t.completionCode());
                }
                Set<MessageType> types = new TreeSet<>(t.messageTypes());
                CompletableFuture<List<VendorDefinedSupport>> vendor =
                        types.contains(MessageType.VENDOR_PCI) || types.contains(MessageType.VENDOR_IANA)
                                ? vendorSets(target, where, 0, new ArrayList<>())
                                : CompletableFuture.completedFuture(List.of());
                return vendor.thenApply(sets -> new EndpointDescription(u.uuid(), types, sets));
            });
        });
    }

    /** Walks the vendor ID set selectors from 0 until the device says 0xFF (DSP0236 §12.10). */
    private CompletableFuture<List<VendorDefinedSupport>> vendorSets(ControlTarget target, String where, int selector,
                                                                     List<VendorDefinedSupport> acc) {
        return requester.getVendorDefinedMessageSupport(target, selector).thenCompose(v -> {
            if (!v.isSuccess()) {
                throw new ControlRefusedException(where + " answered Get Vendor Defined Message Support selector "
                        + selector + " with " + v.completionCode(), v.completionCode());
            }
            acc.add(v.support().orElseThrow());
            if (v.nextSelector() == GetVendorDefinedMessageSupportResponse.LAST || v.nextSelector() <= selector) {
                return CompletableFuture.completedFuture(acc);
            }
            return vendorSets(target, where, v.nextSelector(), acc);
        });
    }
}
