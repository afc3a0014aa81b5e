package org.bmcplatform.app.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.app.buses.Bus;
import org.bmcplatform.app.buses.LiveBoard;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;
import org.bmcplatform.profiles.profile.DeviceProfile;
import org.bmcplatform.profiles.profile.EndpointFacts;
import org.bmcplatform.profiles.profile.ProfileCatalog;
import org.bmcplatform.profiles.profile.ProfileEngine;
import org.bmcplatform.sim.board.BoardFile;

/**
 * End-to-end polling throughput, not a test: the default board in real time, every bus polled
 * back to back (one exchange at a time per segment, all buses at once) through the MCTP stack, the
 * SMBus binding and the simulator's wire time. Prints polls per second and latency percentiles per bus.
 *
 * <pre>./mvnw -B -q -pl platform-app -am test-compile dependency:build-classpath -Dmdep.outputFile=$PWD/platform-app/target/bench-classpath.txt
 * java -cp platform-app/target/test-classes:platform-app/target/classes:$(cat platform-app/target/bench-classpath.txt) \
 *     org.bmcplatform.app.health.PollingBenchmark 10</pre>
 */
public final class PollingBenchmark {

    private PollingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Duration run = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
        try (LiveBoard board = LiveBoard.start(BoardFile.loadDefault())) {
            ProfileCatalog catalog = ProfileCatalog.builtIn();
            ProfileEngine engine = new ProfileEngine(board.endpoint(), RequestOptions.DEFAULT, board.scheduler());
            List<CompletableFuture<String>> results = new ArrayList<>();
            for (Bus bus : board.buses()) {
                if (!"smbus".equals(bus.binding())) {
                    continue; // the drives are on the SMBus segments
                }
                List<DiscoveredEndpoint> endpoints = new ArrayList<>();
                for (Bus.DeclaredComponent c : bus.components()) {
                    endpoints.add(board.endpointSetup().setUp(bus, c.address()).join());
                }
                results.add(CompletableFuture.supplyAsync(() -> pollBackToBack(board, bus, endpoints, catalog, engine, run)));
            }
            System.out.printf(Locale.ROOT, "%-8s %8s %9s %8s %8s %8s %8s%n", "bus", "clock", "polls", "polls/s", "p50 ms", "p99 ms", "failed");
            for (CompletableFuture<String> r : results) {
                System.out.println(r.join());
            }
        }
    }

    private static String pollBackToBack(LiveBoard board, Bus bus, List<DiscoveredEndpoint> endpoints, ProfileCatalog catalog,
                                         ProfileEngine engine, Duration run) {
        List<DeviceProfile> profiles = endpoints.stream()
                .map(e -> catalog.match(EndpointFacts.of(e.messageTypes())).orElseThrow()).toList();
        List<Long> latencies = new ArrayList<>();
        int failed = 0;
        long start = board.scheduler().nanoTime();
        long end = start + run.toNanos();
        for (int i = 0; board.scheduler().nanoTime() < end; i = (i + 1) % endpoints.size()) {
            DiscoveredEndpoint e = endpoints.get(i);
            long t0 = board.scheduler().nanoTime();
            try {
                engine.poll(profiles.get(i), e.network(), e.eid()).join();
                latencies.add(board.scheduler().nanoTime() - t0);
            } catch (RuntimeException ex) {
                failed++;
            }
        }
        double seconds = (board.scheduler().nanoTime() - start) / 1e9;
        Collections.sort(latencies);
        return String.format(Locale.ROOT, "%-8s %5d kHz %9d %8.1f %8.2f %8.2f %8d", bus.name(), bus.clockHz() / 1000,
                latencies.size(), latencies.size() / seconds, percentile(latencies, 0.50), percentile(latencies, 0.99), failed);
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }
}
