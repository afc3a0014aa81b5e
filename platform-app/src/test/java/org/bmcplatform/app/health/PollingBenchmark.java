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
import org.bmcplatform.profiles.profile.Identification;
import org.bmcplatform.profiles.profile.ProfileCatalog;
import org.bmcplatform.profiles.profile.ProfileEngine;
import org.bmcplatform.sim.board.BoardFile;
import org.bmcplatform.sim.bus.SegmentStats;
import org.bmcplatform.sim.bus.VirtualSmbusSegment;

/**
 * The full-board poll cycle, not a test: the default board in real time; on every SMBus segment each component
 * is set up, identified with its profile (generic, then the vendor one its identity picks, as the platform
 * does; a PLDM terminus's PDRs are walked) and then polled one after another, cycle after cycle, all segments
 * at once, through the MCTP stack, the SMBus binding and the simulator's wire time. A cycle is one poll of every
 * component on the segment (NVMe-MI health poll; an HBA's controller and drive sensors; a NIC's sensors and
 * every port's Get Link Status). Prints per segment: components, cycles, mean and p99 cycle time, polls per
 * second and the bus utilisation (wire time charged / elapsed).
 *
 * <pre>./mvnw -B -q -pl platform-app -am test-compile dependency:build-classpath -Dmdep.outputFile=$PWD/platform-app/target/bench-classpath.txt
 * java -cp platform-app/target/test-classes:platform-app/target/classes:$(cat platform-app/target/bench-classpath.txt) \
 *     org.bmcplatform.app.health.PollingBenchmark 10</pre>
 */
public final class PollingBenchmark {

    private PollingBenchmark() {
    }

    private record Target(DiscoveredEndpoint endpoint, DeviceProfile profile, Identification identification) {
    }

    public static void main(String[] args) throws Exception {
        Duration run = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
        try (LiveBoard board = LiveBoard.start(BoardFile.loadDefault())) {
            ProfileCatalog catalog = ProfileCatalog.builtIn();
            ProfileEngine engine = new ProfileEngine(board.endpoint(), RequestOptions.DEFAULT, board.scheduler());
            List<CompletableFuture<String>> results = new ArrayList<>();
            for (Bus bus : board.buses()) {
                if (!"smbus".equals(bus.binding())) {
                    continue; // the components with sensors are on the SMBus segments
                }
                List<Target> targets = new ArrayList<>();
                for (int address : bus.probedAddresses()) {
                    targets.add(identify(board, bus, address, catalog, engine));
                }
                VirtualSmbusSegment segment = board.simulation().orElseThrow().segment(bus.name());
                results.add(CompletableFuture.supplyAsync(() -> cycles(board, bus, segment, targets, engine, run)));
            }
            System.out.printf(Locale.ROOT, "%-8s %8s %5s %7s %9s %9s %8s %6s %7s%n", "bus", "clock", "comps", "cycles",
                    "cycle ms", "p99 ms", "polls/s", "util", "failed");
            for (CompletableFuture<String> r : results) {
                System.out.println(r.join());
            }
        }
    }

    private static Target identify(LiveBoard board, Bus bus, int address, ProfileCatalog catalog, ProfileEngine engine) {
        DiscoveredEndpoint e = board.endpointSetup().setUp(bus, address).join();
        EndpointFacts facts = EndpointFacts.of(e.messageTypes());
        DeviceProfile generic = catalog.match(facts).orElseThrow();
        Identification first = engine.identify(generic, e.network(), e.eid()).join();
        DeviceProfile specific = catalog.match(facts.withIdentity(first)).orElse(generic);
        Identification id = specific.id().equals(generic.id()) ? first : engine.identify(specific, e.network(), e.eid()).join();
        return new Target(e, specific, id);
    }

    private static String cycles(LiveBoard board, Bus bus, VirtualSmbusSegment segment, List<Target> targets,
                                 ProfileEngine engine, Duration run) {
        List<Long> cycleNanos = new ArrayList<>();
        int polls = 0;
        int failed = 0;
        SegmentStats before = segment.stats();
        long start = board.scheduler().nanoTime();
        long end = start + run.toNanos();
        while (board.scheduler().nanoTime() < end) {
            long t0 = board.scheduler().nanoTime();
            for (Target t : targets) {
                try {
                    engine.poll(t.profile(), t.identification(), t.endpoint().network(), t.endpoint().eid()).join();
                    polls++;
                } catch (RuntimeException ex) {
                    failed++;
                }
            }
            cycleNanos.add(board.scheduler().nanoTime() - t0);
        }
        double seconds = (board.scheduler().nanoTime() - start) / 1e9;
        double utilisation = segment.stats().utilisationSince(before);
        Collections.sort(cycleNanos);
        double mean = cycleNanos.stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / 1e6;
        return String.format(Locale.ROOT, "%-8s %5d kHz %5d %7d %9.2f %9.2f %8.1f %5.1f%% %7d", bus.name(), bus.clockHz() / 1000,
                targets.size(), cycleNanos.size(), mean, percentile(cycleNanos, 0.99), polls / seconds, utilisation * 100, failed);
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }
}
