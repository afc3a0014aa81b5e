package org.bmcplatform.sim.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.smbus.SmbusBinding;
import org.bmcplatform.mctp.control.BusOwner;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.control.ControlTarget;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;
import org.bmcplatform.mctp.control.EidPool;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollRequest;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollResponse;
import org.bmcplatform.profiles.nvmemi.NvmeMiCodec;
import org.bmcplatform.profiles.nvmemi.NvmeMiFormatException;
import org.bmcplatform.sim.board.BoardFile;
import org.bmcplatform.sim.board.NvmeDriveSpec;
import org.bmcplatform.sim.bus.VirtualSmbusSegment;
import org.bmcplatform.sim.component.SimNvmeDrive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault kind on a drive, seen by a platform-side stack in front of it, in virtual time. */
class FaultBindingTest {
    private static final RequestOptions OPTIONS = RequestOptions.DEFAULT; // 300 ms, 2 retries (DSP0237 MT2, MN1)
    private static final HealthStatusPollRequest POLL = new HealthStatusPollRequest(0, false);

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final NvmeDriveSpec spec = BoardFile.loadDefault().drive("nvme0");
    private final VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus0", 100_000, scheduler);
    private final SimNvmeDrive drive = new SimNvmeDrive(spec, segment, scheduler, 24);
    private MctpStack host;
    private MctpInterface hostInterface;
    private ControlRequester control;
    private DiscoveredEndpoint endpoint;

    @BeforeEach
    void plugAndAssign() throws Exception {
        drive.plug();
        host = new MctpStack(scheduler, StackSettings.DEFAULTS);
        hostInterface = host.addInterface("smbus0", 1, new SmbusBinding(segment.attach(0x10), SmbusBinding.MAX_MTU));
        hostInterface.setLocalEid(EndpointId.of(8));
        control = new ControlRequester(host, OPTIONS);
        BusOwner owner = new BusOwner(host, control, new EidPool(EndpointId.of(9), EndpointId.of(20)));
        endpoint = scheduler.await(owner.setupEndpoint("smbus0", LinkAddress.smbus(spec.address())), Duration.ofSeconds(1));
    }

    @AfterEach
    void close() {
        host.close();
        drive.unplug();
    }

    private CompletableFuture<Bytes> poll() {
        return host.request(1, endpoint.eid(), NvmeMiCodec.encode(POLL), OPTIONS);
    }

    private long cleanExchangeNanos() {
        return 2 * segment.timing().singlePacketMessageNanos(20) + spec.turnaround().toNanos();
    }

    @Test
    void silentDriveTimesOutAfterEveryAttempt() {
        drive.faults().apply(FaultPlan.of(1, Fault.of(FaultKind.SILENT, FaultTrigger.ALWAYS)));
        long start = scheduler.nanoTime();

        CompletableFuture<Bytes> reply = poll();

        assertThatThrownBy(() -> scheduler.await(reply, Duration.ofSeconds(5)))
                .satisfies(t -> assertThat(MctpException.extract(t).orElseThrow().reason()).isEqualTo(MctpException.Reason.TIMEOUT));
        assertThat(scheduler.nanoTime() - start).isGreaterThanOrEqualTo(3 * OPTIONS.timeout().toNanos());
        assertThat(drive.requestsAnswered()).isEqualTo(3);
        assertThat(drive.faults().status().injected()).containsEntry(FaultKind.SILENT, 3L);
        assertThat(hostInterface.drops().total()).isZero();
    }

    @Test
    void slowReplyArrivesAfterItsDelay() throws Exception {
        Duration delay = Duration.ofMillis(280); // just inside the 300 ms request timeout
        drive.faults().apply(FaultPlan.of(1, Fault.slow(delay, FaultTrigger.ALWAYS)));
        long start = scheduler.nanoTime();

        Bytes reply = scheduler.await(poll(), Duration.ofSeconds(1));

        assertThat(NvmeMiCodec.decodeResponse(reply, POLL)).isInstanceOf(HealthStatusPollResponse.class);
        assertThat(scheduler.nanoTime() - start).isEqualTo(cleanExchangeNanos() + delay.toNanos());
        assertThat(drive.requestsAnswered()).isEqualTo(1);
    }

    // DSP0237 §6.2: the frame is damaged on the wire after its PEC was computed; the receiver's check fails
    @Test
    void corruptReplyIsDroppedByReasonAndTheNextGoodReplyDecodes() throws Exception {
        drive.faults().apply(FaultPlan.of(1, Fault.of(FaultKind.CORRUPT, new FaultTrigger.Every(2))));
        scheduler.await(poll(), Duration.ofSeconds(1)); // reply 1 is clean
        long start = scheduler.nanoTime();

        Bytes reply = scheduler.await(poll(), Duration.ofSeconds(2)); // reply 2 corrupt, the retry's reply 3 clean

        assertThat(NvmeMiCodec.decodeResponse(reply, POLL)).isInstanceOf(HealthStatusPollResponse.class);
        assertThat(hostInterface.binding().drops().get(DropReason.BAD_PEC)).isEqualTo(1);
        assertThat(hostInterface.binding().drops().total()).isEqualTo(1);
        assertThat(hostInterface.drops().total()).isZero();
        assertThat(scheduler.nanoTime() - start).isEqualTo(OPTIONS.timeout().toNanos() + cleanExchangeNanos());
        assertThat(drive.faults().status().injected()).containsEntry(FaultKind.CORRUPT, 1L);
    }

    // DSP0236 §8.3.3: a response carries its request's message tag
    @Test
    void replyWithWrongTagIsUnmatchedAndTheRequestIsRetried() throws Exception {
        drive.faults().apply(FaultPlan.of(1, Fault.of(FaultKind.WRONG_INSTANCE_ID, new FaultTrigger.Every(2))));
        scheduler.await(poll(), Duration.ofSeconds(1));

        Bytes reply = scheduler.await(poll(), Duration.ofSeconds(2));

        assertThat(NvmeMiCodec.decodeResponse(reply, POLL)).isInstanceOf(HealthStatusPollResponse.class);
        assertThat(hostInterface.drops().get(DropReason.UNMATCHED_RESPONSE)).isEqualTo(1);
        assertThat(drive.requestsAnswered()).isEqualTo(3);
    }

    @Test
    void wrongTagOnAControlReplyIsUnmatchedToo() throws Exception {
        drive.faults().apply(FaultPlan.of(1, Fault.of(FaultKind.WRONG_INSTANCE_ID, new FaultTrigger.Every(2))));

        scheduler.await(control.getEndpointId(new ControlTarget.Logical(1, endpoint.eid())), Duration.ofSeconds(1));
        scheduler.await(control.getEndpointId(new ControlTarget.Logical(1, endpoint.eid())), Duration.ofSeconds(2));

        assertThat(hostInterface.drops().get(DropReason.UNMATCHED_RESPONSE)).isEqualTo(1);
    }

    @Test
    void truncatedNvmeMiReplyFailsItsIntegrityCheck() throws Exception {
        Bytes clean = scheduler.await(poll(), Duration.ofSeconds(1));
        drive.faults().apply(FaultPlan.of(1, Fault.of(FaultKind.TRUNCATED, FaultTrigger.ALWAYS)));

        Bytes reply = scheduler.await(poll(), Duration.ofSeconds(1));

        assertThat(reply.length()).isEqualTo(Math.max(1, clean.length() / 2));
        assertThatThrownBy(() -> NvmeMiCodec.decodeResponse(reply, POLL)).isInstanceOf(NvmeMiFormatException.class);
        assertThat(hostInterface.drops().total()).isZero();
    }

    @Test
    void truncatedControlReplyIsCountedMalformedAndRetried() throws Exception {
        drive.faults().apply(FaultPlan.of(1, Fault.of(FaultKind.TRUNCATED, new FaultTrigger.Every(2))));
        ControlTarget target = new ControlTarget.Logical(1, endpoint.eid());
        scheduler.await(control.getEndpointId(target), Duration.ofSeconds(1));

        assertThat(scheduler.await(control.getEndpointId(target), Duration.ofSeconds(1)).eid()).isEqualTo(endpoint.eid());

        assertThat(control.drops().get(DropReason.MALFORMED_CONTROL_MESSAGE)).isEqualTo(1);
    }

    @Test
    void faultEndsAtItsUntilAndStartsAtItsFrom() throws Exception {
        drive.faults().apply(FaultPlan.of(1, Fault.of(FaultKind.SILENT, FaultTrigger.ALWAYS)
                .during(Duration.ofSeconds(2), Optional.of(Duration.ofSeconds(4)))));

        scheduler.await(poll(), Duration.ofSeconds(1));
        scheduler.advance(Duration.ofSeconds(2));
        assertThatThrownBy(() -> scheduler.await(poll(), Duration.ofSeconds(2))).isNotNull();
        scheduler.advance(Duration.ofSeconds(2));
        scheduler.await(poll(), Duration.ofSeconds(1));

        assertThat(drive.faults().status().injected()).containsEntry(FaultKind.SILENT, 3L);
    }

    @Test
    void clearedPlanLetsEveryReplyThrough() throws Exception {
        drive.faults().apply(FaultPlan.of(1, Fault.of(FaultKind.SILENT, FaultTrigger.ALWAYS)));
        drive.faults().clear();

        scheduler.await(poll(), Duration.ofSeconds(1));

        assertThat(drive.faults().plan().isEmpty()).isTrue();
        assertThat(drive.faults().status().replies()).isEqualTo(1);
    }

    @Test
    void planSurvivesHotPlug() throws Exception {
        drive.faults().apply(FaultPlan.of(1, Fault.of(FaultKind.SILENT, FaultTrigger.ALWAYS)));

        drive.unplug();
        drive.plug();

        assertThat(drive.faults().plan().find(FaultKind.SILENT)).isPresent();
    }

    @Test
    void sameSeedHitsTheSameReplies() throws Exception {
        FaultPlan plan = FaultPlan.of(42, Fault.of(FaultKind.SILENT, new FaultTrigger.Rate(0.5)));

        List<Boolean> first = answeredPattern(plan);
        List<Boolean> second = answeredPattern(plan);

        assertThat(first).isEqualTo(second).contains(true, false);
        assertThat(answeredPattern(FaultPlan.of(7, plan.faults().get(0)))).isNotEqualTo(first);
    }

    /** Which of 16 single-attempt polls got an answer under the plan. */
    private List<Boolean> answeredPattern(FaultPlan plan) {
        drive.faults().apply(plan);
        List<Boolean> answered = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            CompletableFuture<Bytes> reply = host.request(1, endpoint.eid(), NvmeMiCodec.encode(POLL), OPTIONS.withRetries(0));
            boolean ok;
            try {
                scheduler.await(reply, Duration.ofSeconds(1));
                ok = true;
            } catch (Exception e) {
                ok = false;
            }
            answered.add(ok);
        }
        return answered;
    }
}
