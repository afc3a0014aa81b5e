package org.bmcplatform.sim.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.control.BusOwner;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.control.ControlTarget;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;
import org.bmcplatform.mctp.control.EidPool;
import org.bmcplatform.mctp.time.PreciseScheduler;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.sim.VirtualBoard;
import org.bmcplatform.sim.board.BoardFile;
import org.bmcplatform.sim.board.BoardSpec;
import org.bmcplatform.sim.board.BusSpec;
import org.bmcplatform.sim.board.ComponentSpec;

/**
 * Runs MCTP control exchanges (Get Endpoint ID, one at a time) back to back over each virtual medium of
 * the default board in real time on a {@link PreciseScheduler} (board and platform stack on one), and
 * compares the achieved rate with the limit of the medium's model ({@link ExchangeModel}): the model's
 * exchange time in closed form, checked against one exchange run in virtual time. Links run one after
 * another. Usage: {@code LinkExchangeBenchmark [seconds per link]} (default 10). See device-sim/BENCHMARK.md.
 */
public final class LinkExchangeBenchmark {
    /** Which component answers on each bus: the far end of a link, or one drive of a segment. */
    static final List<String> BUSES = List.of("smbus0", "smbus1", "debug0", "pcc0", "host0");

    private LinkExchangeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        BoardSpec spec = BoardFile.loadDefault();
        System.out.printf(Locale.ROOT, "LinkExchangeBenchmark: default board, Get Endpoint ID back to back, %d s per link, real time%n", seconds);
        System.out.printf(Locale.ROOT, "JVM %s on %s, %d CPUs, load average %.2f; board and platform stack on one PreciseScheduler%n",
                System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<ExchangeModel> models = new ArrayList<>();
        for (String bus : BUSES) {
            models.add(ExchangeModel.of(spec, bus, firstComponentOn(spec, bus)));
        }
        long[] virtual = virtualExchangeNanos(spec);
        try (PreciseScheduler scheduler = new PreciseScheduler("bench-links");
             VirtualBoard board = VirtualBoard.start(spec, scheduler);
             MctpStack platform = platform(spec, board, scheduler)) {
            List<DiscoveredEndpoint> endpoints = setup(spec, platform, scheduler);
            for (int i = 0; i < BUSES.size(); i++) {
                Run run = new Run(platform, endpoints.get(i), scheduler);
                run.go(seconds);
                report(models.get(i), virtual[i], run);
            }
        }
    }

    static ComponentSpec firstComponentOn(BoardSpec spec, String bus) {
        return spec.componentsOn(bus).get(0);
    }

    private static MctpStack platform(BoardSpec spec, VirtualBoard board, Scheduler scheduler) {
        MctpStack platform = new MctpStack(scheduler, StackSettings.DEFAULTS);
        for (String bus : BUSES) {
            platform.addInterface(bus, spec.mctp().network(), board.platformBinding(bus)).setLocalEid(spec.mctp().localEid());
        }
        return platform;
    }

    private static List<DiscoveredEndpoint> setup(BoardSpec spec, MctpStack platform, Scheduler scheduler) throws Exception {
        BusOwner owner = new BusOwner(platform, new ControlRequester(platform, RequestOptions.DEFAULT),
                new EidPool(spec.mctp().dynamicEidFirst(), spec.mctp().dynamicEidLast()));
        List<DiscoveredEndpoint> endpoints = new ArrayList<>();
        for (String bus : BUSES) {
            CompletableFuture<DiscoveredEndpoint> f = owner.setupEndpoint(bus, firstComponentOn(spec, bus).linkAddress());
            endpoints.add(scheduler instanceof VirtualScheduler v ? v.await(f, Duration.ofSeconds(5)) : f.get(5, TimeUnit.SECONDS));
        }
        return endpoints;
    }

    /** A back-to-back exchange per bus on the same board in virtual time: the model as the simulator runs it. */
    private static long[] virtualExchangeNanos(BoardSpec spec) throws Exception {
        VirtualScheduler scheduler = new VirtualScheduler();
        try (VirtualBoard board = VirtualBoard.start(spec, scheduler);
             MctpStack platform = platform(spec, board, scheduler)) {
            List<DiscoveredEndpoint> endpoints = setup(spec, platform, scheduler);
            ControlRequester requester = new ControlRequester(platform, RequestOptions.DEFAULT);
            long[] nanos = new long[BUSES.size()];
            for (int i = 0; i < BUSES.size(); i++) {
                DiscoveredEndpoint e = endpoints.get(i);
                ControlTarget target = new ControlTarget.Logical(e.network(), e.eid());
                scheduler.await(requester.getEndpointId(target), Duration.ofSeconds(5));
                long start = scheduler.nanoTime(); // the second of two back to back
                scheduler.await(requester.getEndpointId(target), Duration.ofSeconds(5));
                nanos[i] = scheduler.nanoTime() - start;
            }
            return nanos;
        }
    }

    private static void report(ExchangeModel model, long virtualNanos, Run run) {
        double seconds = run.elapsedNanos / 1e9;
        double rate = run.exchanges.get() / seconds;
        long exchange = model.exchangeNanos();
        System.out.printf(Locale.ROOT, "%n%s (%s) to %s%n", model.bus(), model.medium(), model.component());
        System.out.printf(Locale.ROOT, "  model               %s%n", model.formula());
        System.out.printf(Locale.ROOT, "  model exchange      %8.1f µs  (turnaround %.1f µs; at once %.1f µs; virtual-time run %.1f µs)%n",
                exchange / 1e3, model.turnaroundNanos() / 1e3, model.mediumNanos() / 1e3, virtualNanos / 1e3);
        System.out.printf(Locale.ROOT, "  achieved            %8.1f exchanges/s  (%d exchanges, %d failures in %.2f s)%n",
                rate, run.exchanges.get(), run.failures.get(), seconds);
        System.out.printf(Locale.ROOT, "  medium limit        %8.1f exchanges/s  ratio %.3f%n", 1e9 / model.mediumNanos(),
                rate * model.mediumNanos() / 1e9);
        System.out.printf(Locale.ROOT, "  limit + turnaround  %8.1f exchanges/s  ratio %.3f%n", 1e9 / exchange, rate * exchange / 1e9);
        System.out.printf(Locale.ROOT, "  process CPU         %8.1f µs per exchange  (%.0f %% of one CPU)%n",
                run.cpuNanos / 1e3 / Math.max(1, run.exchanges.get()), 100.0 * run.cpuNanos / run.elapsedNanos);
    }

    /** Get Endpoint ID back to back to one endpoint for a while. */
    private static final class Run {
        private final ControlRequester requester;
        private final ControlTarget target;
        private final Scheduler clock;
        private final AtomicLong exchanges = new AtomicLong();
        private final AtomicLong failures = new AtomicLong();
        private long elapsedNanos;
        private long cpuNanos;

        Run(MctpStack platform, DiscoveredEndpoint e, Scheduler clock) {
            this.requester = new ControlRequester(platform, new RequestOptions(Duration.ofMillis(300), 0));
            this.target = new ControlTarget.Logical(e.network(), e.eid());
            this.clock = clock;
        }

        void go(int seconds) throws InterruptedException {
            CountDownLatch done = new CountDownLatch(1);
            long cpuBefore = processCpuNanos();
            long start = clock.nanoTime();
            long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
            next(deadline, done);
            done.await(seconds + 10L, TimeUnit.SECONDS);
            elapsedNanos = clock.nanoTime() - start;
            cpuNanos = processCpuNanos() - cpuBefore;
        }

        private static long processCpuNanos() {
            java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
        }

        private void next(long deadline, CountDownLatch done) {
            if (clock.nanoTime() >= deadline) {
                done.countDown();
                return;
            }
            requester.getEndpointId(target).whenComplete((r, e) -> {
                if (e == null && r.isSuccess()) {
                    exchanges.incrementAndGet();
                } else {
                    failures.incrementAndGet();
                }
                clock.execute(() -> next(deadline, done));
            });
        }
    }
}
