package org.bmcplatform.mctp.control;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpEndpoint;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.DropReason;

/**
 * Sends control requests and checks the answers (DSP0236 §11.5; mctpd's rules, reference mctp-stack.md
 * §4.1). Instance IDs come from one counter mod 32. A reply whose IID or command does not echo the
 * request, or that does not decode, or whose fields are out of range (EIDs from the wire must be
 * 8..254), is dropped and counted, and the request is sent again within the retry budget; when that is
 * spent the future fails with TIMEOUT. A non-success completion code is a value in the response.
 */
public final class ControlRequester {
    private final MctpEndpoint endpoint;
    private final RequestOptions options;
    private final AtomicInteger nextInstanceId = new AtomicInteger();
    private final DropCounters drops = new DropCounters();

    /** Requests by EID through the Java stack, and by physical address on its interfaces. */
    public ControlRequester(MctpStack stack, RequestOptions options) {
        this((MctpEndpoint) stack, options);
    }

    /**
     * Requests through any endpoint API, e.g. the kernel's AF_MCTP sockets. Only the Java stack can address
     * by physical address (EID 0 on one link); elsewhere such requests fail with INVALID_ARGUMENT.
     */
    public ControlRequester(MctpEndpoint endpoint, RequestOptions options) {
        this.endpoint = endpoint;
        this.options = options;
    }

    /** Replies dropped: UNMATCHED_RESPONSE (IID or command not echoed), MALFORMED_CONTROL_MESSAGE. */
    public DropCounters drops() {
        return drops;
    }

    public CompletableFuture<GetEndpointIdResponse> getEndpointId(ControlTarget t) {
        return send(t, GetEndpointIdRequest::new, GetEndpointIdResponse.class);
    }

    public CompletableFuture<SetEndpointIdResponse> setEndpointId(ControlTarget t, SetEidOperation operation, EndpointId eid) {
        return send(t, iid -> new SetEndpointIdRequest(iid, operation, eid), SetEndpointIdResponse.class);
    }

    public CompletableFuture<GetEndpointUuidResponse> getEndpointUuid(ControlTarget t) {
        return send(t, GetEndpointUuidRequest::new, GetEndpointUuidResponse.class);
    }

    public CompletableFuture<GetMctpVersionSupportResponse> getMctpVersionSupport(ControlTarget t, int messageType) {
        return send(t, iid -> new GetMctpVersionSupportRequest(iid, messageType), GetMctpVersionSupportResponse.class);
    }

    public CompletableFuture<GetMessageTypeSupportResponse> getMessageTypeSupport(ControlTarget t) {
        return send(t, GetMessageTypeSupportRequest::new, GetMessageTypeSupportResponse.class);
    }

    public CompletableFuture<GetVendorDefinedMessageSupportResponse> getVendorDefinedMessageSupport(ControlTarget t, int selector) {
        return send(t, iid -> new GetVendorDefinedMessageSupportRequest(iid, selector),
                GetVendorDefinedMessageSupportResponse.class);
    }

    /** Sends any request (built from the allocated IID) and completes with the matching, validated response. */
    public <R extends ControlResponse> CompletableFuture<R> send(ControlTarget target, IntFunction<ControlRequest> build,
                                                              Class<R> responseType) {
        ControlRequest request = build.apply(nextInstanceId.getAndIncrement() & (ControlHeader.INSTANCE_IDS - 1));
        Bytes message = ControlCodec.encode(request);
        CompletableFuture<R> result = new CompletableFuture<>();
        attempt(target, request, message, responseType, options.retries(), result);
        return result;
    }

    private <R extends ControlResponse> void attempt(ControlTarget target, ControlRequest request, Bytes message,
                                                  Class<R> responseType, int rejectsLeft, CompletableFuture<R> result) {
        transmit(target, message).whenComplete((reply, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            String problem = check(request, reply, responseType);
            if (problem == null) {
                result.complete(responseType.cast(ControlCodec.decode(reply)));
            } else if (rejectsLeft > 0) {
                attempt(target, request, message, responseType, rejectsLeft - 1, result);
            } else {
                result.completeExceptionally(new MctpException(MctpException.Reason.TIMEOUT,
                        "no valid " + request.command().label() + " response from " + describe(target) + "; last reply "
                                + problem));
            }
        });
    }

    private CompletableFuture<Bytes> transmit(ControlTarget target, Bytes message) {
        if (target instanceof ControlTarget.Physical p) {
            if (endpoint instanceof MctpStack stack) {
                return stack.requestPhysical(p.interfaceName(), p.address(), message, options);
            }
            return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.INVALID_ARGUMENT,
                    "requests to a physical address (" + describe(target) + ") need the Java stack's own interfaces; "
                            + "through the kernel, mctpd sets endpoints up by physical address"));
        }
        ControlTarget.Logical l = (ControlTarget.Logical) target;
        return endpoint.request(l.network(), l.eid(), message, options);
    }

    /** Null when the reply answers the request; else what is wrong with it (and it is counted). */
    private String check(ControlRequest request, Bytes reply, Class<? extends ControlResponse> responseType) {
        ControlMessage m;
        try {
            m = ControlCodec.decode(reply);
        } catch (ControlDecodeException | IllegalArgumentException e) {
            drops.count(DropReason.MALFORMED_CONTROL_MESSAGE);
            return "did not decode: " + e.getMessage();
        }
        if (!(m instanceof ControlResponse r) || r.instanceId() != request.instanceId()
                || !r.command().equals(request.command())) {
            drops.count(DropReason.UNMATCHED_RESPONSE);
            return "did not echo instance ID " + request.instanceId() + " and command " + request.command().label() + ": " + m;
        }
        String invalid = !responseType.isInstance(r) ? "is not a " + responseType.getSimpleName() : invalidField(r);
        if (invalid != null) {
            drops.count(DropReason.MALFORMED_CONTROL_MESSAGE);
        }
        return invalid;
    }

    /** Field checks beyond the codec's: only for success responses, whose fields are meaningful. */
    private static String invalidField(ControlResponse r) {
        if (!r.isSuccess()) {
            return null;
        }
        if (r instanceof GetEndpointIdResponse g && !g.eid().isNull() && !g.eid().isUnicast()) {
            return "reports EID " + g.eid() + ", neither 0 nor 8..254";
        }
        if (r instanceof SetEndpointIdResponse s && s.accepted() && !s.eid().isUnicast()) {
            return "reports EID " + s.eid() + " in use, not 8..254";
        }
        return null;
    }

    private static String describe(ControlTarget t) {
        if (t instanceof ControlTarget.Physical p) {
            return p.interfaceName() + " " + p.address();
        }
        ControlTarget.Logical l = (ControlTarget.Logical) t;
        return "EID " + l.eid() + " on network " + l.network();
    }
}
