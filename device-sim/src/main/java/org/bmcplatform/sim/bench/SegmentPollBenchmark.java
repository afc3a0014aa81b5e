package org.bmcplatform.sim.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.control.BusOwner;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;
import org.bmcplatform.mctp.control.EidPool;
import org.bmcplatform.mctp.time.PreciseScheduler;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.mctp.time.SystemScheduler;
import org.bmcplatform.profiles.nvmemi.CompositeTemperature;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollRequest;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollResponse;
import org.bmcplatform.profiles.nvmemi.NvmeMiCodec;
import org.bmcplatform.profiles.nvmemi.NvmeMiFormatException;
import org.bmcplatform.profiles.nvmemi.SmartWarnings;
import org.bmcplatform.profiles.nvmemi.SubsystemHealth;
import org.bmcplatform.sim.VirtualBoard;
import org.bmcplatform.sim.board.BoardFile;
import org.bmcplatform.sim.board.BoardSpec;
import org.bmcplatform.sim.board.BusSpec;
import org.bmcplatform.sim.board.NvmeDriveSpec;
import org.bmcplatform.sim.bus.SegmentStats;
import org.bmcplatform.sim.bus.VirtualSmbusSegment;
import org.bmcplatform.sim.bus.WireTiming;

/**
 * Polls NVM Subsystem Health Status back-to-back (one exchange at a time per segment, round robin
 * over the segment's drives) on the default board in real time, and compares the achieved rate with
 * the wire-time limit of the segment's clock (perf-reliability.md §A.1.1). Segments run in parallel.
 * Scheduler layouts: {@code shared} (default) runs the board's segments and drives and the platform
 * stack on one {@link PreciseScheduler}; {@code split} runs the board on a {@link PreciseScheduler} and
 * the platform on a {@link SystemScheduler}; {@code system} runs everything on a {@link SystemScheduler}.
 * Usage: {@code SegmentPollBenchmark [seconds] [shared|split|system]} (default 10 shared). See device-sim/BENCHMARK.md.
 */
public final class SegmentPollBenchmark {
    /** MCTP transport header bytes in front of each single-packet message. */
    static final int MCTP_HEADER = 4;
    /** SMBus block-write bytes around the packet: address, command, byte count, source, PEC (DSP0237). */
    static final int SMBUS_FRAMING = 5;

    private SegmentPollBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String layout = args.length > 1 ? args[1] : "shared";
        if (!List.of("shared", "split", "system").contains(layout)) {
            throw new IllegalArgumentException("scheduler layout must be shared, split or system: " + layout);
        }
        BoardSpec spec = BoardFile.loadDefault();
        try (SystemScheduler system = new SystemScheduler("bench", 2);
             PreciseScheduler wire = new PreciseScheduler("bench-wire");
             VirtualBoard board = VirtualBoard.start(spec, layout.equals("system") ? system : wire)) {
            run(spec, board, layout.equals("shared") ? wire : system, seconds, layout);
            if (wire.failedTasks() > 0) {
                System.out.printf(Locale.ROOT, "%n%d tasks threw on the wire scheduler%n", wire.failedTasks());
            }
        }
    }

    private static void run(BoardSpec spec, VirtualBoard board, Scheduler scheduler, int seconds, String layout) throws Exception {
        try (MctpStack platform = new MctpStack(scheduler, StackSettings.DEFAULTS)) {
            RequestOptions options = new RequestOptions(Duration.ofMillis(300), 0);
            BusOwner owner = new BusOwner(platform, new ControlRequester(platform, options),
                    new EidPool(spec.mctp().dynamicEidFirst(), spec.mctp().dynamicEidLast()));
            List<SegmentRun> runs = new ArrayList<>();
            for (BusSpec bus : spec.buses()) {
                if (!BusSpec.SMBUS.equals(bus.binding())) {
                    continue;
                }
                VirtualSmbusSegment segment = board.segment(bus.name());
                MctpInterface itf = platform.addInterface(bus.name(), spec.mctp().network(), board.platformBinding(bus.name()));
                itf.setLocalEid(spec.mctp().localEid());
                // the drives with an NVMe-MI endpoint (a basic-management-only drive has none to poll this way)
                List<NvmeDriveSpec> drives = spec.drives().stream().filter(d -> d.bus().equals(bus.name()) && d.mi()).toList();
                List<EndpointId> eids = new ArrayList<>();
                for (NvmeDriveSpec d : drives) {
                    DiscoveredEndpoint e = owner.setupEndpoint(bus.name(), d.linkAddress()).get(5, TimeUnit.SECONDS);
                    eids.add(e.eid());
                }
                runs.add(new SegmentRun(segment, drives, eids));
            }
            System.out.printf(Locale.ROOT, "SegmentPollBenchmark: default board, %d s per segment (segments in parallel), real time%n", seconds);
            System.out.printf(Locale.ROOT, "JVM %s on %s, %d CPUs%n", System.getProperty("java.version"),
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "scheduler layout %s: segments and drives on %s, platform stack on %s%n", layout,
                    layout.equals("system") ? "SystemScheduler" : "PreciseScheduler (spin window "
                            + PreciseScheduler.DEFAULT_SPIN_WINDOW.toNanos() / 1000 + " µs)",
                    layout.equals("shared") ? "the same PreciseScheduler" : "a SystemScheduler");
            try (SystemScheduler probe = new SystemScheduler("bench-probe", 2)) {
                printTimerLateness("SystemScheduler ", probe);
            }
            try (PreciseScheduler probe = new PreciseScheduler("bench-probe")) {
                printTimerLateness("PreciseScheduler", probe);
            }
            CountDownLatch done = new CountDownLatch(runs.size());
            long cpuBefore = processCpuNanos();
            long wallBefore = scheduler.nanoTime();
            long deadline = scheduler.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            for (SegmentRun run : runs) {
                run.start(platform, spec.mctp().network(), options, deadline, scheduler, done);
            }
            done.await(seconds + 10L, TimeUnit.SECONDS);
            long cpu = processCpuNanos() - cpuBefore;
            long wall = scheduler.nanoTime() - wallBefore;
            System.out.printf(Locale.ROOT, "%nprocess CPU while polling: %.2f s user+sys in %.2f s (%.0f %% of one CPU)%n",
                    cpu / 1e9, wall / 1e9, 100.0 * cpu / wall);
            long idleBefore = processCpuNanos();
            new CountDownLatch(1).await(2, TimeUnit.SECONDS);
            System.out.printf(Locale.ROOT, "process CPU idle afterwards:  %.3f s user+sys in 2 s%n", (processCpuNanos() - idleBefore) / 1e9);
            for (SegmentRun run : runs) {
                run.report();
            }
        }
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /**
     * How late the real-time scheduler fires a short timer (each poll exchange waits on three: request
     * wire time, drive turnaround, response wire time), to explain the gap to the ideal rate.
     */
    static void printTimerLateness(String label, Scheduler scheduler) throws InterruptedException {
        int samples = 500;
        long delay = 250_000;
        long[] late = new long[samples];
        for (int i = 0; i < samples; i++) {
            CountDownLatch fired = new CountDownLatch(1);
            long[] at = new long[1];
            long start = scheduler.nanoTime();
            scheduler.schedule(Duration.ofNanos(delay), () -> {
                at[0] = scheduler.nanoTime();
                fired.countDown();
            });
            fired.await();
            late[i] = at[0] - start - delay;
        }
        java.util.Arrays.sort(late);
        double mean = java.util.Arrays.stream(late).average().orElse(0);
        System.out.printf(Locale.ROOT, "%s timer lateness (%d x 250 µs timers): mean %.1f µs, median %.1f µs, p99 %.1f µs%n",
                label, samples, mean / 1e3, late[samples / 2] / 1e3, late[samples * 99 / 100] / 1e3);
    }

    /** Back-to-back polling on one segment. */
    private static final class SegmentRun {
        private final VirtualSmbusSegment segment;
        private final List<NvmeDriveSpec> drives;
        private final List<EndpointId> eids;
        private final AtomicLong polls = new AtomicLong();
        private final AtomicLong failures = new AtomicLong();
        private volatile long startNanos;
        private volatile long endNanos;
        private volatile SegmentStats before;
        private volatile SegmentStats after;

        SegmentRun(VirtualSmbusSegment segment, List<NvmeDriveSpec> drives, List<EndpointId> eids) {
            this.segment = segment;
            this.drives = drives;
            this.eids = eids;
        }

        void start(MctpStack platform, int network, RequestOptions options, long deadline, Scheduler clock,
                   CountDownLatch done) {
            startNanos = clock.nanoTime();
            before = segment.stats();
            next(platform, network, options, deadline, clock, done, 0);
        }

        private void next(MctpStack platform, int network, RequestOptions options, long deadline, Scheduler clock,
                          CountDownLatch done, int i) {
            if (clock.nanoTime() >= deadline) {
                endNanos = clock.nanoTime();
                after = segment.stats();
                done.countDown();
                return;
            }
            HealthStatusPollRequest request = new HealthStatusPollRequest(0, false);
            CompletableFuture<Bytes> reply = platform.request(network, eids.get(i % eids.size()), NvmeMiCodec.encode(request), options);
            reply.whenComplete((bytes, error) -> {
                if (error == null) {
                    if (isHealthReply(bytes, request)) {
                        polls.incrementAndGet();
                    } else {
                        failures.incrementAndGet();
                    }
                    next(platform, network, options, deadline, clock, done, i + 1);
                } else {
                    failures.incrementAndGet();
                    clock.execute(() -> next(platform, network, options, deadline, clock, done, i + 1));
                }
            });
        }

        private static boolean isHealthReply(Bytes bytes, HealthStatusPollRequest request) {
            try {
                return NvmeMiCodec.decodeResponse(bytes, request) instanceof HealthStatusPollResponse;
            } catch (NvmeMiFormatException e) {
                return false;
            }
        }

        void report() {
            WireTiming timing = segment.timing();
            int requestBytes = NvmeMiCodec.encode(new HealthStatusPollRequest(0, false)).length();
            int responseBytes = NvmeMiCodec.encode(new HealthStatusPollResponse(0, new SubsystemHealth(0, SmartWarnings.NONE,
                    CompositeTemperature.ofCelsius(40), 0, 0))).length();
            long wire = timing.transactionNanos(requestBytes + MCTP_HEADER + SMBUS_FRAMING)
                    + timing.transactionNanos(responseBytes + MCTP_HEADER + SMBUS_FRAMING);
            double turnaround = drives.stream().mapToLong(d -> d.turnaround().toNanos()).average().orElse(0);
            double seconds = (endNanos - startNanos) / 1e9;
            double rate = polls.get() / seconds;
            double wireLimit = 1e9 / wire;
            double turnaroundLimit = 1e9 / (wire + turnaround);
            System.out.printf(Locale.ROOT, "%n%s (%d kHz, %d drives, mean turnaround %.0f µs)%n", segment.name(),
                    timing.clockHz() / 1000, drives.size(), turnaround / 1000);
            System.out.printf(Locale.ROOT, "  achieved            %8.1f polls/s  (%d polls, %d failures in %.2f s)%n",
                    rate, polls.get(), failures.get(), seconds);
            System.out.printf(Locale.ROOT, "  wire limit          %8.1f polls/s  (exchange %.3f ms: %d + %d frame bytes)  ratio %.3f%n",
                    wireLimit, wire / 1e6, requestBytes + MCTP_HEADER + SMBUS_FRAMING, responseBytes + MCTP_HEADER + SMBUS_FRAMING,
                    rate / wireLimit);
            System.out.printf(Locale.ROOT, "  limit + turnaround  %8.1f polls/s  (exchange %.3f ms)  ratio %.3f%n",
                    turnaroundLimit, (wire + turnaround) / 1e6, rate / turnaroundLimit);
            System.out.printf(Locale.ROOT, "  poll cycle          %8.3f ms for all %d drives  (limit %.3f ms)%n",
                    rate > 0 ? drives.size() * 1e3 / rate : Double.NaN, drives.size(), drives.size() * (wire + turnaround) / 1e6);
            System.out.printf(Locale.ROOT, "  bus utilisation     %8.1f %%  (%d transactions, %d NACKs)%n",
                    100 * after.utilisationSince(before), after.minus(before).transactions(), after.minus(before).nacks());
        }
    }
}
