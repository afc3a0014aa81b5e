package org.bmcplatform.profiles.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.profiles.ncsi.ChannelId;
import org.bmcplatform.profiles.ncsi.ControlHeader;
import org.bmcplatform.profiles.ncsi.ErrorResponse;
import org.bmcplatform.profiles.ncsi.GetLinkStatusRequest;
import org.bmcplatform.profiles.ncsi.GetLinkStatusResponse;
import org.bmcplatform.profiles.ncsi.LinkStatus;
import org.bmcplatform.profiles.ncsi.ResponseCode;

/**
 * Get Link Status on every port (NC-SI channel) of a NIC profile (DSP0222, reference §1.5): the link, its
 * speed and duplex, autonegotiation and flow control. A NIC that answers "unsupported" (one in InfiniBand
 * mode, reference §7 item 13) or "channel not ready" leaves the port UNKNOWN, never DOWN.
 */
final class NcsiPortPoll {
    private final int packageId;
    private final int channels;
    private final NcsiExchange exchange;
    private final List<String> warnings;

    NcsiPortPoll(int packageId, int channels, NcsiExchange exchange, List<String> warnings) {
        this.packageId = packageId;
        this.channels = channels;
        this.exchange = exchange;
        this.warnings = warnings;
    }

    CompletableFuture<List<PortStatus>> read() {
        List<PortStatus> ports = new ArrayList<>();
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int ch = 0; ch < channels; ch++) {
            int port = ch;
            String what = "port " + port + ": Get Link Status";
            chain = chain.thenCompose(v -> exchange.ask(iid -> new GetLinkStatusRequest(ControlHeader.of(iid,
                    ChannelId.of(packageId, port))), what, warnings)).thenAccept(r -> ports.add(r.map(response -> {
                        if (response instanceof GetLinkStatusResponse s) {
                            return status(port, s.linkStatus());
                        }
                        ErrorResponse e = (ErrorResponse) response;
                        String why = e.responseCode().equals(ResponseCode.UNSUPPORTED)
                                ? "the NIC does not report link status on this port (unsupported; InfiniBand mode?)"
                                : "the NIC answered " + e.responseCode() + " / " + e.reasonCode();
                        warnings.add(what + ": " + why);
                        return PortStatus.unknown(port, why);
                    }).orElseGet(() -> PortStatus.unknown(port, "malformed Get Link Status response"))));
        }
        return chain.thenApply(v -> ports);
    }

    static PortStatus status(int port, LinkStatus s) {
        return PortStatus.of(port, s);
    }
}
