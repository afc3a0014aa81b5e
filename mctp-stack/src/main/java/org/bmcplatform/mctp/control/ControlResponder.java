package org.bmcplatform.mctp.control;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.IncomingRequest;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestHandler;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.DropReason;

/**
 * Answers MCTP control requests (message type 0) on a stack (DSP0236 §12; mctpd's endpoint role):
 * Set/Get Endpoint ID, Get Endpoint UUID, Get MCTP Version Support, Get Message Type Support and Get
 * Vendor Defined Message Support; every other command gets ERROR_UNSUPPORTED_CMD. A request that does
 * not decode is answered ERROR_INVALID_LENGTH when its header could be read (unless it is a datagram,
 * D=1, which is never answered), and counted as MALFORMED_CONTROL_MESSAGE on the interface it came from.
 */
public final class ControlResponder {
    /** Versions of DSP0236 answered for message type 0xFF (base) and 0x00 (control), as mctpd. */
    public static final List<MctpVersion> SUPPORTED_VERSIONS =
            List.of(MctpVersion.V1_0, MctpVersion.V1_1, MctpVersion.V1_2, MctpVersion.V1_3_1);

    private final MctpStack stack;
    private final EndpointIdentity identity;
    private final DropCounters drops = new DropCounters();
    private final Set<String> endpointInterfaces = ConcurrentHashMap.newKeySet();

    public ControlResponder(MctpStack stack, EndpointIdentity identity) {
        this.stack = stack;
        this.identity = identity;
    }

    /** Registers as the stack's handler for control messages. */
    public void install() {
        stack.handle(MessageType.CONTROL, RequestHandler.immediate(this::answer));
    }

    /**
     * On this interface the far end owns the link and we are a simple endpoint, whatever the identity
     * says: Get Endpoint ID reports a simple endpoint and Set Endpoint ID from the link's owner is
     * accepted (DSP0236 §8.17, a serial link where the other side is the bus owner).
     */
    public void actAsEndpointOn(String interfaceName) {
        endpointInterfaces.add(interfaceName);
    }

    private boolean busOwnerOn(Optional<MctpInterface> iface) {
        return identity.busOwner() && iface.map(i -> !endpointInterfaces.contains(i.name())).orElse(true);
    }

    /** Malformed requests seen by this responder (also counted on their interface). */
    public DropCounters drops() {
        return drops;
    }

    Optional<Bytes> answer(IncomingRequest request) {
        Optional<MctpInterface> iface = stack.findInterface(request.interfaceName());
        ControlHeader header;
        try {
            header = ControlCodec.decodeHeader(request.message());
        } catch (ControlDecodeException e) {
            countMalformed(iface);
            return Optional.empty();
        }
        if (!header.request()) {
            countMalformed(iface);
            return Optional.empty();
        }
        ControlMessage decoded;
        try {
            decoded = ControlCodec.decode(request.message());
        } catch (ControlDecodeException e) {
            countMalformed(iface);
            if (header.datagram()) {
                return Optional.empty();
            }
            return Optional.of(ControlCodec.encode(new GenericResponse(header.instanceId(), header.command(),
                    CompletionCode.ERROR_INVALID_LENGTH, Bytes.EMPTY)));
        }
        ControlResponse response = respond((ControlRequest) decoded, iface);
        return header.datagram() ? Optional.empty() : Optional.of(ControlCodec.encode(response));
    }

    private ControlResponse respond(ControlRequest q, Optional<MctpInterface> iface) {
        int iid = q.instanceId();
        if (q instanceof SetEndpointIdRequest s) {
            return setEndpointId(s, iface);
        }
        if (q instanceof GetEndpointIdRequest) {
            return getEndpointId(iid, iface);
        }
        if (q instanceof GetEndpointUuidRequest) {
            return new GetEndpointUuidResponse(iid, CompletionCode.SUCCESS, identity.uuid());
        }
        if (q instanceof GetMctpVersionSupportRequest v) {
            return v.messageType() == GetMctpVersionSupportRequest.BASE_SPECIFICATION || v.messageType() == MessageType.CONTROL.code()
                    ? new GetMctpVersionSupportResponse(iid, CompletionCode.SUCCESS, SUPPORTED_VERSIONS)
                    : GetMctpVersionSupportResponse.failure(iid, CompletionCode.MESSAGE_TYPE_NOT_SUPPORTED);
        }
        if (q instanceof GetMessageTypeSupportRequest) {
            return new GetMessageTypeSupportResponse(iid, CompletionCode.SUCCESS, List.copyOf(identity.messageTypes()));
        }
        if (q instanceof GetVendorDefinedMessageSupportRequest v) {
            List<VendorDefinedSupport> sets = identity.vendorTypes();
            if (v.selector() >= sets.size()) {
                return GetVendorDefinedMessageSupportResponse.failure(iid, CompletionCode.ERROR_INVALID_DATA);
            }
            int next = v.selector() + 1 < sets.size() ? v.selector() + 1 : GetVendorDefinedMessageSupportResponse.LAST;
            return new GetVendorDefinedMessageSupportResponse(iid, CompletionCode.SUCCESS, next, Optional.of(sets.get(v.selector())));
        }
        return GenericResponse.unsupported(iid, q.command());
    }

    /** DSP0236 §12.3; a bus owner refuses with ERROR_UNSUPPORTED_CMD (mctpd PR #96). */
    private SetEndpointIdResponse setEndpointId(SetEndpointIdRequest s, Optional<MctpInterface> iface) {
        int iid = s.instanceId();
        if (busOwnerOn(iface) || iface.isEmpty()) {
            return SetEndpointIdResponse.failure(iid, CompletionCode.ERROR_UNSUPPORTED_CMD);
        }
        MctpInterface i = iface.get();
        switch (s.operation()) {
            case SET_EID, FORCE_EID -> {
                if (!s.eid().isUnicast()) {
                    return SetEndpointIdResponse.failure(iid, CompletionCode.ERROR_INVALID_DATA);
                }
                i.setLocalEid(s.eid());
                return SetEndpointIdResponse.accepted(iid, s.eid());
            }
            case RESET_EID -> {
                if (identity.staticEid().isEmpty()) {
                    return SetEndpointIdResponse.failure(iid, CompletionCode.ERROR_INVALID_DATA);
                }
                i.setLocalEid(identity.staticEid().get());
                return SetEndpointIdResponse.accepted(iid, identity.staticEid().get());
            }
            default -> {
                // Set Discovered Flag: only meaningful on links with endpoint discovery; report rejected as mctpd does
                return new SetEndpointIdResponse(iid, CompletionCode.SUCCESS, SetEndpointIdResponse.ASSIGNMENT_REJECTED,
                        SetEndpointIdResponse.POOL_NONE, i.localEid(), 0);
            }
        }
    }

    /** DSP0236 §12.4: EID type from the static EID configuration and the EID in use. */
    private GetEndpointIdResponse getEndpointId(int iid, Optional<MctpInterface> iface) {
        EndpointId current = iface.map(MctpInterface::localEid).orElse(EndpointId.NULL);
        int eidType;
        if (identity.staticEid().isEmpty()) {
            eidType = GetEndpointIdResponse.EID_DYNAMIC;
        } else if (identity.staticEid().get().equals(current)) {
            eidType = GetEndpointIdResponse.EID_STATIC_CURRENT;
        } else if (current.isNull()) {
            eidType = GetEndpointIdResponse.EID_STATIC_SUPPORTED;
        } else {
            eidType = GetEndpointIdResponse.EID_STATIC_DIFFERENT;
        }
        int endpointType = busOwnerOn(iface) ? GetEndpointIdResponse.ENDPOINT_BUS_OWNER_OR_BRIDGE
                : GetEndpointIdResponse.ENDPOINT_SIMPLE;
        return new GetEndpointIdResponse(iid, CompletionCode.SUCCESS, current, endpointType, eidType, 0);
    }

    private void countMalformed(Optional<MctpInterface> iface) {
        drops.count(DropReason.MALFORMED_CONTROL_MESSAGE);
        iface.ifPresent(i -> i.drops().count(DropReason.MALFORMED_CONTROL_MESSAGE));
    }
}
