package org.bmcplatform.profiles.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpEndpoint;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.profiles.nvmemi.ControllerHealthStatusPollRequest;
import org.bmcplatform.profiles.nvmemi.ControllerHealthStatusPollResponse;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollRequest;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollResponse;
import org.bmcplatform.profiles.nvmemi.basic.DriveIdentity;
import org.bmcplatform.profiles.nvmemi.basic.DriveStatus;

/**
 * Runs profiles against endpoints over NVMe-MI, PLDM and NC-SI, and basic-management profiles against drives that
 * answer the NVMe Basic Management Command at an SMBus address ({@link BasicManagementTarget}, no MCTP). Stateless between calls but for the PLDM instance
 * ID counter; one call sends its requests one after another. A device's refusal or a malformed answer
 * becomes a warning (and UNKNOWN health for a poll that read nothing); no answer fails the future with the
 * MctpException from the stack.
 */
public final class ProfileEngine {
    private final MctpEndpoint endpoint;
    private final RequestOptions options;
    private final Scheduler scheduler;
    private final Optional<EndpointId> eventReceiver;
    private final AtomicInteger pldmInstanceIds = new AtomicInteger();
    private final AtomicInteger ncsiInstanceIds = new AtomicInteger();

    /** An engine that is no event receiver: a profile's pldm-events step only warns. */
    public ProfileEngine(MctpEndpoint endpoint, RequestOptions options, Scheduler scheduler) {
        this(endpoint, options, scheduler, Optional.empty());
    }

    /**
     * @param scheduler     the clock that stamps poll results
     * @param eventReceiver the platform's own EID, where a profile's pldm-events step asks PLDM termini to send events
     */
    public ProfileEngine(MctpEndpoint endpoint, RequestOptions options, Scheduler scheduler, Optional<EndpointId> eventReceiver) {
        if (endpoint == null || options == null || scheduler == null || eventReceiver == null) {
            throw new IllegalArgumentException("endpoint, options, scheduler and eventReceiver are required");
        }
        this.endpoint = endpoint;
        this.options = options;
        this.scheduler = scheduler;
        this.eventReceiver = eventReceiver;
    }

    /** Runs the profile's identification steps in order and collects the assets (and the PDRs, for PLDM). */
    public CompletableFuture<Identification> identify(DeviceProfile profile, int network, EndpointId eid) {
        return new IdentificationRun(profile, new MiExchange(endpoint, options, network, eid), pldm(network, eid),
                ncsi(network, eid), eventReceiver).run();
    }

    /**
     * Identifies a drive through its Basic Management Command: the profile's basic-identity step reads the block at
     * command code 0x08 (assets vendorId {@code 0x1344}, serialNumber). A malformed block leaves the keys out with a
     * warning; no answer fails the future.
     */
    public CompletableFuture<Identification> identifyBasic(DeviceProfile profile, BasicManagementTarget target) {
        requireBasic(profile);
        List<String> warnings = new ArrayList<>();
        Map<String, String> assets = new java.util.LinkedHashMap<>();
        if (!profile.identification().contains(IdentificationStep.BASIC_IDENTITY)) {
            return CompletableFuture.completedFuture(new Identification(assets, warnings));
        }
        return target.read(DriveIdentity.COMMAND_CODE, "basic-identity", warnings).thenApply(block -> {
            block.map(DriveIdentity.class::cast).ifPresent(id -> {
                assets.put("vendorId", String.format("0x%04x", id.vendorId()));
                assets.put("serialNumber", id.serial());
            });
            return new Identification(assets, warnings);
        });
    }

    /**
     * One poll of a basic-management drive: the status block (command code 0x00) turned into the profile's basic.*
     * readings and judged by its conditions and thresholds. A malformed block (bad PEC, wrong length) is a warning
     * and UNKNOWN health; no answer fails the future.
     */
    public CompletableFuture<PollResult> pollBasic(DeviceProfile profile, BasicManagementTarget target) {
        requireBasic(profile);
        List<String> warnings = new ArrayList<>();
        HealthPoll verdict = new HealthPoll(profile, warnings);
        return target.read(DriveStatus.COMMAND_CODE, "status", warnings).thenApply(block -> {
            block.ifPresent(b -> verdict.evaluate((DriveStatus) b).judge());
            return new PollResult(scheduler.now(), block.isEmpty() ? HealthStatus.UNKNOWN : verdict.status(),
                    verdict.readings(), warnings);
        });
    }

    private static void requireBasic(DeviceProfile profile) {
        if (!profile.basicManagement()) {
            throw new IllegalArgumentException("profile " + profile.id() + " is not a basic-management profile");
        }
    }

    /** A poll of a profile without PLDM sensors (nothing to choose from PDRs). */
    public CompletableFuture<PollResult> poll(DeviceProfile profile, int network, EndpointId eid) {
        return poll(profile, new Identification(Map.of(), List.of()), network, eid);
    }

    /**
     * One poll: an NVM Subsystem Health Status Poll when the profile has NVMe-MI sensors or conditions, a
     * GetSensorReading per PLDM numeric sensor and a GetStateSensorReadings per PLDM state sensor chosen from the
     * PDRs {@code identified} read; the readings are converted by the profile and judged by its health rules (and a
     * health state sensor's state).
     */
    public CompletableFuture<PollResult> poll(DeviceProfile profile, Identification identified, int network, EndpointId eid) {
        return poll(profile, identified, network, eid, false);
    }

    /**
     * One poll as {@link #poll(DeviceProfile, Identification, int, EndpointId)}, and with {@code statistics} (a profile
     * whose ports have a statistics interval, when the caller finds them due: {@link PortsSpec#statisticsDue}) also
     * every port's packet counters (Get Controller Packet Statistics, reference §1.8). A NIC that does not keep them
     * is a warning, never a failed poll.
     */
    public CompletableFuture<PollResult> poll(DeviceProfile profile, Identification identified, int network, EndpointId eid,
                                              boolean statistics) {
        List<String> warnings = new ArrayList<>();
        if (!profile.pollsAnything()) {
            warnings.add("profile " + profile.id() + " declares no sensors, health conditions or ports; nothing to poll");
            return CompletableFuture.completedFuture(new PollResult(scheduler.now(), HealthStatus.UNKNOWN, List.of(), warnings));
        }
        HealthPoll verdict = new HealthPoll(profile, warnings);
        boolean nvmeMi = !profile.health().conditions().isEmpty() || reads(profile, SensorSource.Command.SUBSYSTEM_HEALTH_POLL);
        boolean controllers = reads(profile, SensorSource.Command.CONTROLLER_HEALTH_POLL);
        CompletableFuture<Boolean> nvme = CompletableFuture.completedFuture(true);
        MiExchange exchange = new MiExchange(endpoint, options, network, eid);
        if (nvmeMi) {
            nvme = exchange.ask(new HealthStatusPollRequest(0, false), HealthStatusPollResponse.class, "health status poll", warnings)
                    .thenApply(r -> {
                        r.ifPresent(h -> verdict.evaluate(h.health()));
                        return r.isPresent();
                    });
        }
        if (controllers) {
            // every PCI-function controller from ID 0, without clearing its changed flags (NVMe-MI 1.2 §5.3)
            nvme = nvme.thenCompose(subsystem -> exchange.ask(ControllerHealthStatusPollRequest.all(0),
                            ControllerHealthStatusPollResponse.class, "controller health status poll", warnings)
                    .thenApply(r -> {
                        r.ifPresent(c -> verdict.evaluate(c.entries()));
                        return (subsystem && nvmeMi) || r.isPresent();
                    }));
        }
        PldmExchange pldm = pldm(network, eid);
        List<ContainedComponent> contained = ContainedComponents.find(profile, identified);
        List<ContainedResult> containedResults = new ArrayList<>();
        CompletableFuture<Void> chain = nvme.thenCompose(answered -> new PldmSensorPoll(profile.sensors(), identified.pdrs(),
                p -> true, pldm, verdict, warnings).read())
                .thenCompose(v -> new PldmStateSensorPoll(profile.sensors(), identified.pdrs(), e -> true, pldm, verdict, warnings)
                        .read());
        for (ContainedComponent c : contained) {
            chain = chain.thenCompose(v -> pollContained(c, identified.pdrs(), pldm, warnings)).thenAccept(containedResults::add);
        }
        Optional<NcsiPortPoll> portPoll = profile.ports().map(spec -> new NcsiPortPoll(packageOf(spec, identified),
                channels(spec, identified), statistics && spec.statistics().isPresent(), ncsi(network, eid), warnings));
        CompletableFuture<List<PortStatus>> ports = chain.thenCompose(v -> portPoll.map(NcsiPortPoll::read)
                .orElse(CompletableFuture.completedFuture(List.of())));
        return ports.thenCombine(nvme, (portList, answered) -> {
            verdict.judge();
            boolean readNothing = verdict.readings().isEmpty() && portList.isEmpty() && (!answered || !(nvmeMi || controllers));
            return new PollResult(scheduler.now(), readNothing ? HealthStatus.UNKNOWN : verdict.status(), verdict.readings(),
                    warnings, containedResults, portList, portPoll.map(NcsiPortPoll::counters).orElse(List.of()));
        });
    }

    private static boolean reads(DeviceProfile profile, SensorSource.Command command) {
        return profile.sensors().stream().anyMatch(s -> s.source().command() == command);
    }

    /**
     * The components the terminus contains under the profile's {@code contained} rules, from the PDRs and FRU
     * records {@code identified} read (e.g. the drives behind an HBA, with model, serial and firmware).
     */
    public List<ContainedComponent> contained(DeviceProfile profile, Identification identified) {
        return ContainedComponents.find(profile, identified);
    }

    private CompletableFuture<ContainedResult> pollContained(ContainedComponent c, PdrRepository pdrs, PldmExchange pldm,
                                                             List<String> warnings) {
        List<String> own = new ArrayList<>();
        HealthPoll verdict = new HealthPoll(c.rule().sensors(), HealthRules.NONE, own);
        return new PldmSensorPoll(c.rule().sensors(), pdrs, p -> p.entity().equals(c.entity()), pldm, verdict, own).read()
                .thenApply(v -> {
                    verdict.judge();
                    own.forEach(w -> warnings.add(c.label() + ": " + w));
                    return new ContainedResult(c.entity(), verdict.readings().isEmpty() ? HealthStatus.UNKNOWN : verdict.status(),
                            verdict.readings());
                });
    }

    /** The package the ncsi-version step found the NIC on (asset ncsiPackage), else the profile's. */
    private static int packageOf(PortsSpec spec, Identification identified) {
        try {
            return Integer.parseInt(identified.assets().getOrDefault("ncsiPackage", Integer.toString(spec.packageId())));
        } catch (NumberFormatException e) {
            return spec.packageId();
        }
    }

    /** The ports' channel count: the profile's, else what Get Capabilities reported, else one. */
    private static int channels(PortsSpec spec, Identification identified) {
        if (spec.channels().isPresent()) {
            return spec.channels().getAsInt();
        }
        try {
            int reported = Integer.parseInt(identified.assets().getOrDefault("ncsiChannels", "1"));
            return Math.max(1, Math.min(reported, PortsSpec.MAX_CHANNELS));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private NcsiExchange ncsi(int network, EndpointId eid) {
        return new NcsiExchange(endpoint, options, network, eid, ncsiInstanceIds);
    }

    private PldmExchange pldm(int network, EndpointId eid) {
        return new PldmExchange(endpoint, options, network, eid, pldmInstanceIds);
    }
}
