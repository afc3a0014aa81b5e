package org.bmcplatform.profiles.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpEndpoint;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollRequest;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollResponse;

/**
 * Runs profiles against endpoints over NVMe-MI. Stateless between calls; one call sends its
 * requests one after another. A device's refusal or a malformed answer becomes a warning (and
 * UNKNOWN health for a poll); no answer fails the future with the MctpException from the stack.
 */
public final class ProfileEngine {
    private final MctpEndpoint endpoint;
    private final RequestOptions options;
    private final Scheduler scheduler;

    /** @param scheduler the clock that stamps poll results */
    public ProfileEngine(MctpEndpoint endpoint, RequestOptions options, Scheduler scheduler) {
        if (endpoint == null || options == null || scheduler == null) {
            throw new IllegalArgumentException("endpoint, options and scheduler are required");
        }
        this.endpoint = endpoint;
        this.options = options;
        this.scheduler = scheduler;
    }

    /** Runs the profile's identification steps in order and collects the assets. */
    public CompletableFuture<Identification> identify(DeviceProfile profile, int network, EndpointId eid) {
        return new IdentificationRun(profile, new MiExchange(endpoint, options, network, eid)).run();
    }

    /** One NVM Subsystem Health Status Poll, converted by the profile's sensors and judged by its health rules. */
    public CompletableFuture<PollResult> poll(DeviceProfile profile, int network, EndpointId eid) {
        List<String> warnings = new ArrayList<>();
        if (profile.sensors().isEmpty() && profile.health().conditions().isEmpty()) {
            warnings.add("profile " + profile.id() + " declares no sensors or health conditions; nothing to poll");
            return CompletableFuture.completedFuture(new PollResult(scheduler.now(), HealthStatus.UNKNOWN, List.of(), warnings));
        }
        MiExchange exchange = new MiExchange(endpoint, options, network, eid);
        return exchange.ask(new HealthStatusPollRequest(0, false), HealthStatusPollResponse.class, "health status poll", warnings)
                .thenApply(r -> {
                    if (r.isEmpty()) {
                        return new PollResult(scheduler.now(), HealthStatus.UNKNOWN, List.of(), warnings);
                    }
                    HealthPoll verdict = new HealthPoll(profile, warnings).evaluate(r.get().health());
                    return new PollResult(scheduler.now(), verdict.status(), verdict.readings(), warnings);
                });
    }
}
