package org.bmcplatform.profiles.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.profiles.ncsi.ChannelId;
import org.bmcplatform.profiles.ncsi.ControlHeader;
import org.bmcplatform.profiles.ncsi.ErrorResponse;
import org.bmcplatform.profiles.ncsi.GetControllerPacketStatisticsRequest;
import org.bmcplatform.profiles.ncsi.GetControllerPacketStatisticsResponse;
import org.bmcplatform.profiles.ncsi.GetLinkStatusRequest;
import org.bmcplatform.profiles.ncsi.GetLinkStatusResponse;
import org.bmcplatform.profiles.ncsi.NcsiResponse;
import org.bmcplatform.profiles.ncsi.ResponseCode;

/**
 * Get Link Status on every port (NC-SI channel) of a NIC profile (DSP0222, reference §1.5): the link, its
 * speed and duplex, autonegotiation and flow control. A NIC that answers "unsupported" (one in InfiniBand
 * mode, reference §7 item 13) or "channel not ready" leaves the port UNKNOWN, never DOWN. With
 * {@code statistics}, each channel's Get Link Status is followed by Get Controller Packet Statistics (reference
 * §1.8, 32- or 64-bit layout by payload length); a NIC that refuses it or does not answer leaves that port's
 * counters out with a warning, the poll goes on.
 */
final class NcsiPortPoll {
    private final int packageId;
    private final int channels;
    private final boolean statistics;
    private final NcsiExchange exchange;
    private final List<String> warnings;
    private final List<PortCounters> counters = new ArrayList<>();

    NcsiPortPoll(int packageId, int channels, boolean statistics, NcsiExchange exchange, List<String> warnings) {
        this.packageId = packageId;
        this.channels = channels;
        this.statistics = statistics;
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
                            return PortStatus.of(port, s.linkStatus());
                        }
                        ErrorResponse e = (ErrorResponse) response;
                        String why = e.responseCode().equals(ResponseCode.UNSUPPORTED)
                                ? "the NIC does not report link status on this port (unsupported; InfiniBand mode?)"
                                : "the NIC answered " + e.responseCode() + " / " + e.reasonCode();
                        warnings.add(what + ": " + why);
                        return PortStatus.unknown(port, why);
                    }).orElseGet(() -> PortStatus.unknown(port, "malformed Get Link Status response"))));
            if (statistics) {
                chain = chain.thenCompose(v -> readStatistics(port));
            }
        }
        return chain.thenApply(v -> ports);
    }

    /** The counters read by {@link #read()}, in port order; empty without statistics. */
    List<PortCounters> counters() {
        return List.copyOf(counters);
    }

    private CompletableFuture<Void> readStatistics(int port) {
        String what = "port " + port + ": Get Controller Packet Statistics";
        return exchange.ask(iid -> new GetControllerPacketStatisticsRequest(ControlHeader.of(iid, ChannelId.of(packageId, port))),
                        what, warnings)
                .handle((r, failure) -> {
                    if (failure == null) {
                        take(port, r, what);
                        return null;
                    }
                    Throwable cause = failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure;
                    if (!(cause instanceof MctpException m && m.reason() == MctpException.Reason.TIMEOUT)) {
                        throw failure instanceof CompletionException c ? c : new CompletionException(failure);
                    }
                    // the link status just answered: a NIC that ignores this command is no absent NIC
                    warnings.add(what + ": no answer; counters left out");
                    return null;
                });
    }

    private void take(int port, Optional<NcsiResponse> r, String what) {
        r.ifPresent(response -> {
            if (response instanceof GetControllerPacketStatisticsResponse s) {
                counters.add(PortCounters.of(port, s.statistics()));
                return;
            }
            ErrorResponse e = (ErrorResponse) response;
            warnings.add(what + ": " + (e.responseCode().equals(ResponseCode.UNSUPPORTED)
                    ? "the NIC keeps no packet statistics (unsupported); counters left out"
                    : "the NIC answered " + e.responseCode() + " / " + e.reasonCode() + "; counters left out"));
        });
    }
}
