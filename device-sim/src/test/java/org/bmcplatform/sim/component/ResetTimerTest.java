package org.bmcplatform.sim.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.sim.VirtualBoard;
import org.bmcplatform.sim.board.BoardFile;
import org.bmcplatform.sim.board.BoardSpec;
import org.bmcplatform.sim.board.ResetSchedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A component's board-file resets on the default board, in virtual time. */
class ResetTimerTest {
    private static final Duration MS = Duration.ofMillis(1);
    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final VirtualBoard board = VirtualBoard.start(withResets(BoardFile.loadDefault(), "nic1",
            new ResetSchedule(Duration.ofSeconds(60), Duration.ofSeconds(5))), scheduler);
    private final SimComponent nic = board.component("nic1");

    private static BoardSpec withResets(BoardSpec d, String id, ResetSchedule r) {
        return new BoardSpec(d.source(), d.name(), d.description(), d.mctp(), d.environment(), d.buses(), d.components(),
                d.faults(), Map.of(id, r));
    }

    @AfterEach
    void close() {
        board.close();
    }

    @Test
    void theComponentDropsOffItsBusEveryPeriodForItsDownTime() {
        scheduler.advance(Duration.ofSeconds(60).minus(MS));
        assertThat(nic.present()).isTrue();
        scheduler.advance(MS.multipliedBy(2));
        assertThat(nic.present()).isFalse();
        scheduler.advance(Duration.ofSeconds(5));
        assertThat(nic.present()).isTrue();
        scheduler.advance(Duration.ofSeconds(55).minus(MS.multipliedBy(2)));
        assertThat(nic.present()).isTrue();
        scheduler.advance(MS.multipliedBy(2));
        assertThat(nic.present()).isFalse();
        assertThat(board.resetTimer("nic1").orElseThrow().resets()).isEqualTo(2);
        assertThat(board.resetTimer("nic0")).isEmpty();
        assertThat(board.component("nic0").present()).isTrue();
    }

    @Test
    void aComponentSomeoneUnpluggedStaysOut() {
        nic.unplug();
        scheduler.advance(Duration.ofSeconds(200));
        assertThat(nic.present()).isFalse();
        assertThat(board.resetTimer("nic1").orElseThrow().resets()).isZero();

        nic.plug();
        scheduler.advance(Duration.ofSeconds(40));     // the schedule kept its rhythm: resets at 240 s
        assertThat(nic.present()).isFalse();
    }

    @Test
    void closingTheBoardStopsTheTimer() {
        board.close();
        scheduler.advance(Duration.ofSeconds(120));
        assertThat(board.resetTimer("nic1").orElseThrow().resets()).isZero();
    }
}
