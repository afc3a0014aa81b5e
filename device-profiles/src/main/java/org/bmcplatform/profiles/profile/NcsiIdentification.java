package org.bmcplatform.profiles.profile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.profiles.ncsi.AenEnableRequest;
import org.bmcplatform.profiles.ncsi.AenEnableResponse;
import org.bmcplatform.profiles.ncsi.ChannelId;
import org.bmcplatform.profiles.ncsi.ControlHeader;
import org.bmcplatform.profiles.ncsi.ErrorResponse;
import org.bmcplatform.profiles.ncsi.GetCapabilitiesRequest;
import org.bmcplatform.profiles.ncsi.GetCapabilitiesResponse;
import org.bmcplatform.profiles.ncsi.GetPackageUuidRequest;
import org.bmcplatform.profiles.ncsi.GetPackageUuidResponse;
import org.bmcplatform.profiles.ncsi.GetVersionIdRequest;
import org.bmcplatform.profiles.ncsi.GetVersionIdResponse;
import org.bmcplatform.profiles.ncsi.NcsiRequest;
import org.bmcplatform.profiles.ncsi.NcsiResponse;

/**
 * The NC-SI identification steps (reference §1.6, §1.7, §1.9), asked of channel 0 of the NIC's package:
 * ncsi-version (Get Version ID, finding the package first: ncsiPackage, ncsiVersion, firmwareName with its NUL/space padding stripped, firmwareRevision
 * as the four bytes of the firmware version dotted, vendorId, deviceId, subsystemVendorId, subsystemId,
 * manufacturerIana), ncsi-capabilities (Get Capabilities: ncsiChannels), ncsi-package-uuid (Get Package
 * UUID: packageUuid) and ncsi-aen-enable (AEN Enable of Link Status Change on every channel: ncsiAens). A refusal is
 * a warning that leaves its keys out.
 */
final class NcsiIdentification {
    /** NC-SI package IDs are 3 bits (DSP0222 Channel ID). */
    static final int PACKAGES = 8;

    private final NcsiExchange exchange;
    private final int firstPackage;
    private final BiConsumer<String, String> put;
    private final List<String> warnings;
    private ChannelId channel;
    /** From Get Capabilities: how many channels, and the AEN Control bits the NIC supports; unknown until asked. */
    private int channelCount = 1;
    private long aenSupport = -1;

    NcsiIdentification(NcsiExchange exchange, int packageId, BiConsumer<String, String> put, List<String> warnings) {
        this.exchange = exchange;
        this.firstPackage = packageId;
        this.channel = ChannelId.of(packageId, 0);
        this.put = put;
        this.warnings = warnings;
    }

    /**
     * Get Version ID on channel 0 of the profile's package; a package that does not answer at all is not this
     * NIC's (the package ID comes from the board's wiring, DSP0222 package selection), so the others are tried in
     * turn. Asset ncsiPackage: the package that answered, which the later steps and the ports use.
     */
    CompletableFuture<Void> version() {
        List<Integer> order = new ArrayList<>(List.of(firstPackage));
        IntStream.range(0, PACKAGES).filter(p -> p != firstPackage).forEach(order::add);
        return version(order, 0);
    }

    private CompletableFuture<Void> version(List<Integer> order, int index) {
        int pkg = order.get(index);
        channel = ChannelId.of(pkg, 0);
        return exchange.ask(iid -> new GetVersionIdRequest(ControlHeader.of(iid, channel)), "ncsi-version: Get Version ID",
                        warnings)
                .handle((answer, failure) -> {
                    if (failure == null) {
                        answer.ifPresent(r -> versionAnswered(pkg, r));
                        return CompletableFuture.<Void>completedFuture(null);
                    }
                    boolean silent = MctpException.extract(failure).map(e -> e.reason() == MctpException.Reason.TIMEOUT)
                            .orElse(false);
                    if (!silent || index + 1 >= order.size()) {
                        return CompletableFuture.<Void>failedFuture(failure);
                    }
                    return version(order, index + 1);
                })
                .thenCompose(f -> f);
    }

    private void versionAnswered(int pkg, NcsiResponse response) {
        put.accept("ncsiPackage", Integer.toString(pkg));
        if (response instanceof ErrorResponse e) {
            warnings.add("ncsi-version: Get Version ID: the NIC answered " + e.responseCode() + " / " + e.reasonCode());
        } else if (response instanceof GetVersionIdResponse v) {
            put.accept("ncsiVersion", v.version().label());
            put.accept("firmwareName", firmwareName(v));
            long fw = v.firmwareVersion();
            put.accept("firmwareRevision", String.format("%d.%d.%d.%d", fw >>> 24, fw >>> 16 & 0xFF, fw >>> 8 & 0xFF, fw & 0xFF));
            put.accept("vendorId", String.format("0x%04x", v.pciVendorId()));
            put.accept("deviceId", String.format("0x%04x", v.pciDeviceId()));
            put.accept("subsystemVendorId", String.format("0x%04x", v.pciSubsystemVendorId()));
            put.accept("subsystemId", String.format("0x%04x", v.pciSubsystemId()));
            put.accept("manufacturerIana", Long.toString(v.manufacturerId()));
        }
    }

    CompletableFuture<Void> capabilities() {
        return ask(iid -> new GetCapabilitiesRequest(ControlHeader.of(iid, channel)), "ncsi-capabilities: Get Capabilities")
                .thenAccept(r -> {
                    if (r instanceof GetCapabilitiesResponse c) {
                        put.accept("ncsiChannels", Integer.toString(c.channelCount()));
                        channelCount = Math.max(1, Math.min(c.channelCount(), PortsSpec.MAX_CHANNELS));
                        aenSupport = c.aenControlSupport();
                    }
                });
    }

    CompletableFuture<Void> packageUuid() {
        return ask(iid -> new GetPackageUuidRequest(ControlHeader.of(iid, channel)), "ncsi-package-uuid: Get Package UUID")
                .thenAccept(r -> {
                    if (r instanceof GetPackageUuidResponse u) {
                        put.accept("packageUuid", u.uuid().toString());
                    }
                });
    }

    /**
     * Link Status Change AENs on every channel of the package (DSP0222 §8.4.12, AEN MC ID 0): only when Get Capabilities
     * says the NIC offers them (AEN Control Support bit 0), else a warning that links are seen at the next poll.
     */
    CompletableFuture<Void> enableLinkAens() {
        String what = "ncsi-aen-enable";
        if (aenSupport == -1) {
            warnings.add(what + ": run ncsi-capabilities first (the AENs a NIC offers are in Get Capabilities); none enabled");
            return CompletableFuture.completedFuture(null);
        }
        if ((aenSupport & AenEnableRequest.LINK_STATUS_CHANGE) == 0) {
            warnings.add(what + ": the NIC offers no Link Status Change AEN; link changes are seen at the next poll");
            return CompletableFuture.completedFuture(null);
        }
        List<Integer> enabled = new ArrayList<>();
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int ch = 0; ch < channelCount; ch++) {
            ChannelId target = ChannelId.of(channel.packageId(), ch);
            int port = ch;
            chain = chain.thenCompose(v -> ask(iid -> new AenEnableRequest(ControlHeader.of(iid, target), 0,
                    AenEnableRequest.LINK_STATUS_CHANGE), what + ": AEN Enable on port " + port))
                    .thenAccept(r -> {
                        if (r instanceof AenEnableResponse) {
                            enabled.add(port);
                        }
                    });
        }
        return chain.thenRun(() -> {
            if (enabled.size() == channelCount) {
                put.accept("ncsiAens", "link-status-change");
            } else if (!enabled.isEmpty()) {
                put.accept("ncsiAens", "link-status-change on ports " + enabled);
            }
        });
    }

    private CompletableFuture<NcsiResponse> ask(IntFunction<NcsiRequest> build, String what) {
        return exchange.ask(build, what, warnings).thenApply(r -> r.map(response -> {
            if (response instanceof ErrorResponse e) {
                warnings.add(what + ": the NIC answered " + e.responseCode() + " / " + e.reasonCode());
                return null;
            }
            return response;
        }).orElse(null));
    }

    /** The 12-byte name without the NUL or space padding vendors use (reference §7 item 11). */
    private static String firmwareName(GetVersionIdResponse v) {
        return new String(v.firmwareName().toArray(), StandardCharsets.US_ASCII).replace('\u0000', ' ').strip();
    }
}
