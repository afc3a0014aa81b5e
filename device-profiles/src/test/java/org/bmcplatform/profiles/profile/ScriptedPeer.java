package org.bmcplatform.profiles.profile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpEndpoint;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestHandler;
import org.bmcplatform.mctp.RequestOptions;

/**
 * A lockstep peer (STYLE.md rule 34): each step is an expected request message and the reply it
 * gets (response bytes or a timeout). Anything unexpected fails the request and is remembered.
 */
final class ScriptedPeer implements MctpEndpoint {
    private record Step(Bytes request, Bytes response) {
    }

    private final int network;
    private final EndpointId eid;
    private final Deque<Step> script = new ArrayDeque<>();
    private final List<String> mismatches = new ArrayList<>();

    ScriptedPeer(int network, EndpointId eid) {
        this.network = network;
        this.eid = eid;
    }

    ScriptedPeer expect(Bytes request, Bytes response) {
        script.add(new Step(request, response));
        return this;
    }

    /** The request is sent and nothing answers: the stack's TIMEOUT after its retries. */
    ScriptedPeer expectTimeout(Bytes request) {
        script.add(new Step(request, null));
        return this;
    }

    @Override
    public CompletableFuture<Bytes> request(int net, EndpointId destination, Bytes message, RequestOptions options) {
        Step step = script.poll();
        String problem = null;
        if (net != network || !destination.equals(eid)) {
            problem = "request to network " + net + " EID " + destination + ", expected " + network + "/" + eid;
        } else if (step == null) {
            problem = "unexpected request " + message;
        } else if (!step.request().equals(message)) {
            problem = "request " + message + " but the script expects " + step.request();
        }
        if (problem != null) {
            mismatches.add(problem);
            return CompletableFuture.failedFuture(new AssertionError(problem));
        }
        if (step.response() == null) {
            return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.TIMEOUT, "no response from EID " + eid));
        }
        return CompletableFuture.completedFuture(step.response());
    }

    List<String> mismatches() {
        return mismatches;
    }

    int remaining() {
        return script.size();
    }

    @Override
    public void handle(MessageType type, RequestHandler handler) {
        throw new UnsupportedOperationException("the scripted peer only answers requests");
    }

    @Override
    public void close() {
        script.clear();
    }
}
