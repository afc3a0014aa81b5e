package org.bmcplatform.sim.board;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.control.VendorDefinedSupport;

/**
 * A generic MCTP endpoint ({@code type: mctp-endpoint}): answers the MCTP control protocol with its
 * UUID, message types, static EID if any and vendor-defined message support (DSP0236 §12), on any binding.
 *
 * @param id           board-unique handle, e.g. {@code host-fw}
 * @param bus          name of the bus it sits on
 * @param address      its 7-bit address on an SMBus bus; {@link BusSpec#NO_ADDRESS} on a point-to-point link
 * @param slot         where a person finds it, e.g. {@code CPU0}; may be empty
 * @param description  what it is, one line for people; may be empty
 * @param uuid         its endpoint UUID (Get Endpoint UUID)
 * @param messageTypes the message types it reports (Get Message Type Support); control is always included
 * @param staticEid    an EID it holds from power-on (DSP0236 §8.17.2), which the bus owner adopts; empty
 *                     for an endpoint that waits for Set Endpoint ID
 * @param vendorTypes  its vendor ID sets (Get Vendor Defined Message Support, DSP0236 §12.8)
 * @param turnaround   its request-to-response time
 * @param present      whether it is plugged in (powered) when the board starts
 */
public record MctpEndpointSpec(String id, String bus, int address, String slot, String description, UUID uuid,
                               Set<MessageType> messageTypes, Optional<EndpointId> staticEid,
                               List<VendorDefinedSupport> vendorTypes, Duration turnaround, boolean present)
        implements ComponentSpec {

    public MctpEndpointSpec {
        Objects.requireNonNull(uuid, "uuid");
        TreeSet<MessageType> types = new TreeSet<>(messageTypes);
        types.add(MessageType.CONTROL);
        messageTypes = java.util.Collections.unmodifiableSet(types);
        vendorTypes = List.copyOf(vendorTypes);
        Objects.requireNonNull(staticEid, "staticEid");
    }

    @Override
    public String type() {
        return MCTP_ENDPOINT;
    }
}
