package org.bmcplatform.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.app.health.PollTarget.ProbeOutcome;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

class BusPollerTest {
    private static final Duration EXCHANGE = Duration.ofMillis(10);
    private static final Duration TIMEOUT = Duration.ofMillis(900);

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final List<String> log = new ArrayList<>();
    private final BusPoller poller = new BusPoller("smbus0", scheduler,
            new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30)), 3, Duration.ofSeconds(2));
    private int inFlight;
    private int maxInFlight;

    @Test
    void pollsEveryTargetOncePerIntervalInEarliestDeadlineOrder() {
        poller.upsert(target(1, Duration.ofSeconds(1)));
        poller.upsert(target(2, Duration.ofSeconds(1)));
        poller.upsert(target(3, Duration.ofSeconds(1)));

        scheduler.advance(Duration.ofMillis(2_500));

        assertThat(log).containsExactly(
                "0 poll 1", "10 poll 2", "20 poll 3",
                "1000 poll 1", "1010 poll 2", "1020 poll 3",
                "2000 poll 1", "2010 poll 2", "2020 poll 3");
    }

    @Test
    void keepsOneExchangeAtATimeOnTheSegment() {
        for (long id = 1; id <= 6; id++) {
            poller.upsert(target(id, Duration.ofMillis(20)));
        }
        scheduler.advance(Duration.ofSeconds(5));

        assertThat(maxInFlight).isEqualTo(1);
        assertThat(poller.polls()).isGreaterThan(400);
    }

    @Test
    void aShorterIntervalIsPolledMoreOften() {
        poller.upsert(target(1, Duration.ofMillis(250)));
        poller.upsert(target(2, Duration.ofSeconds(1)));

        scheduler.advance(Duration.ofMillis(1_990));

        assertThat(log).filteredOn(e -> e.endsWith("poll 1")).hasSize(8);
        assertThat(log).filteredOn(e -> e.endsWith("poll 2")).hasSize(2);
    }

    @Test
    void aFailingTargetBacksOffExponentiallyThenGoesAbsentAfterThreeFailures() {
        ScriptedTarget silent = silent(7);
        poller.upsert(silent);

        scheduler.advance(Duration.ofSeconds(12));

        // fail at 0 (900 ms), wait 1 s; fail at 1900, wait 2 s; fail at 4800 -> absent at 5700,
        // then re-probe every 2 s after each failed probe.
        assertThat(log).startsWith("0 poll 7", "1900 poll 7", "4800 poll 7", "5700 absent 7", "7700 probe 7", "10600 probe 7");
        assertThat(silent.absentCalls).isEqualTo(1);
    }

    @Test
    void aFailingTargetDoesNotStarveTheOthers() {
        ScriptedTarget silent = silent(9);
        poller.upsert(silent);
        poller.upsert(target(1, Duration.ofSeconds(1)));
        poller.upsert(target(2, Duration.ofSeconds(1)));

        scheduler.advance(Duration.ofSeconds(30));

        // Each healthy target loses at most one exchange time (900 ms) per silent attempt, never a poll.
        assertThat(log).filteredOn(e -> e.endsWith("poll 1")).hasSizeGreaterThanOrEqualTo(29);
        assertThat(log).filteredOn(e -> e.endsWith("poll 2")).hasSizeGreaterThanOrEqualTo(29);
        assertThat(maxInFlight).isEqualTo(1);
    }

    @Test
    void anAbsentTargetThatAnswersTheProbeIsPolledAgain() {
        ScriptedTarget drive = silent(4);
        poller.upsert(drive);
        scheduler.advance(Duration.ofSeconds(6));
        assertThat(log).contains("5700 absent 4");

        drive.present = true;
        scheduler.advance(Duration.ofSeconds(4));

        assertThat(log).contains("7700 probe 4", "7710 poll 4", "8710 poll 4", "9710 poll 4");
        assertThat(drive.absentCalls).isEqualTo(1);
    }

    @Test
    void anAbsentTargetReplacedByAnotherComponentIsNoLongerPolled() {
        ScriptedTarget drive = silent(4);
        poller.upsert(drive);
        scheduler.advance(Duration.ofSeconds(6));

        drive.present = true;
        drive.probeOutcome = ProbeOutcome.REPLACED;
        scheduler.advance(Duration.ofSeconds(10));

        assertThat(log).filteredOn(e -> e.endsWith(" 4")).last().isEqualTo("7700 probe 4");
    }

    @Test
    void anUpsertRevivesAnAbsentTargetAtOnce() {
        ScriptedTarget drive = silent(5);
        poller.upsert(drive);
        scheduler.advance(Duration.ofSeconds(6));

        ScriptedTarget newEid = target(5, Duration.ofSeconds(1));
        poller.upsert(newEid);
        scheduler.advance(Duration.ofMillis(100));

        assertThat(log).endsWith("6000 poll 5");
        assertThat(newEid.polls).isEqualTo(1);
    }

    @Test
    void aRemovedTargetIsNoLongerPolled() {
        poller.upsert(target(1, Duration.ofSeconds(1)));
        scheduler.advance(Duration.ofMillis(500));
        poller.remove(1);
        scheduler.advance(Duration.ofSeconds(3));

        assertThat(log).containsExactly("0 poll 1");
    }

    private ScriptedTarget target(long id, Duration interval) {
        return new ScriptedTarget(id, interval);
    }

    /** A target polled every second that does not answer (yet). */
    private ScriptedTarget silent(long id) {
        ScriptedTarget t = target(id, Duration.ofSeconds(1));
        t.present = false;
        return t;
    }

    private long millis() {
        return scheduler.nanoTime() / 1_000_000;
    }

    /** A component that answers after the wire time, or times out after 900 ms when absent. */
    private final class ScriptedTarget implements PollTarget {
        final long id;
        final Duration interval;
        boolean present = true;
        ProbeOutcome probeOutcome = ProbeOutcome.RETURNED;
        int absentCalls;
        int polls;

        ScriptedTarget(long id, Duration interval) {
            this.id = id;
            this.interval = interval;
        }

        @Override
        public long componentId() {
            return id;
        }

        @Override
        public Duration interval() {
            return interval;
        }

        @Override
        public CompletableFuture<?> poll() {
            polls++;
            log.add(millis() + " poll " + id);
            return exchange(Boolean.TRUE);
        }

        @Override
        public CompletableFuture<ProbeOutcome> probe() {
            log.add(millis() + " probe " + id);
            return exchange(probeOutcome);
        }

        @Override
        public void wentAbsent() {
            absentCalls++;
            log.add(millis() + " absent " + id);
        }

        private <T> CompletableFuture<T> exchange(T answer) {
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
            CompletableFuture<T> f = new CompletableFuture<>();
            boolean answers = present;
            scheduler.schedule(answers ? EXCHANGE : TIMEOUT, () -> {
                inFlight--;
                if (answers) {
                    f.complete(answer);
                } else {
                    f.completeExceptionally(new MctpException(MctpException.Reason.TIMEOUT, "no response from component " + id));
                }
            });
            return f;
        }
    }
}
