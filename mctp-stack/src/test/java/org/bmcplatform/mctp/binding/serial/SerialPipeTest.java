package org.bmcplatform.mctp.binding.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpFailures;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

class SerialPipeTest {
    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final List<Bytes> atB = new ArrayList<>();
    private final List<Long> arrivalNanos = new ArrayList<>();

    private SerialPipe.Pair startedPair(Duration perByte) {
        SerialPipe.Pair pipe = SerialPipe.pair(scheduler, perByte);
        pipe.a().start(bytes -> { });
        pipe.b().start(bytes -> {
            atB.add(bytes);
            arrivalNanos.add(scheduler.nanoTime());
        });
        return pipe;
    }

    @Test
    void byteTimeIsTenBitTimesOf8n1() {
        assertThat(SerialPipe.byteTime(115200)).isEqualTo(Duration.ofNanos(86806));
        assertThat(SerialPipe.byteTime(9600)).isEqualTo(Duration.ofNanos(1_041_667));
        assertThat(SerialPipe.byteTime(1_000_000)).isEqualTo(Duration.ofNanos(10_000));
        assertThatThrownBy(() -> SerialPipe.byteTime(0)).hasMessageContaining("baud");
    }

    @Test
    void writeArrivesAfterItsWireTimeAndCompletesThen() {
        SerialPipe.Pair pipe = startedPair(SerialPipe.byteTime(1_000_000));
        CompletableFuture<Void> f = pipe.a().write(Bytes.fromHex("01 02 03 04")).toCompletableFuture();

        scheduler.advance(Duration.ofNanos(39_999));
        assertThat(atB).isEmpty();
        assertThat(f).isNotDone();
        scheduler.advance(Duration.ofNanos(1));
        assertThat(atB).containsExactly(Bytes.fromHex("01 02 03 04"));
        assertThat(f).isCompleted();
    }

    @Test
    void aWriteStartsWhenThePreviousOneHasFinishedLikeAUart() {
        SerialPipe.Pair pipe = startedPair(SerialPipe.byteTime(1_000_000));
        pipe.a().write(Bytes.fromHex("01 02"));
        pipe.a().write(Bytes.fromHex("03 04 05"));
        scheduler.advance(Duration.ofMillis(1));
        pipe.a().write(Bytes.fromHex("06"));
        scheduler.advance(Duration.ofMillis(1));

        assertThat(atB).containsExactly(Bytes.fromHex("01 02"), Bytes.fromHex("03 04 05"), Bytes.fromHex("06"));
        assertThat(arrivalNanos).containsExactly(20_000L, 50_000L, 1_010_000L);
    }

    @Test
    void zeroTimePerByteDeliversOnTheNextTurnNeverOnTheWritersStack() {
        SerialPipe.Pair pipe = startedPair(Duration.ZERO);
        pipe.a().write(Bytes.fromHex("7e"));
        assertThat(atB).isEmpty();
        scheduler.runDue();
        assertThat(atB).containsExactly(Bytes.fromHex("7e"));
    }

    @Test
    void injectedBytesQueueBehindTheOtherEndsWritesAndTakeWireTime() {
        SerialPipe.Pair pipe = startedPair(SerialPipe.byteTime(1_000_000));
        pipe.a().write(Bytes.fromHex("01 02"));
        pipe.injectInto(pipe.b(), Bytes.fromHex("ff"));
        scheduler.advance(Duration.ofMillis(1));

        assertThat(atB).containsExactly(Bytes.fromHex("01 02"), Bytes.fromHex("ff"));
        assertThat(arrivalNanos).containsExactly(20_000L, 30_000L);
    }

    @Test
    void unpluggingLosesBytesOnTheWireAndFailsWritesUntilPluggedBack() {
        SerialPipe.Pair pipe = startedPair(SerialPipe.byteTime(1_000_000));
        pipe.a().write(Bytes.fromHex("01 02"));
        pipe.setConnected(false);
        assertThat(MctpFailures.reason(pipe.a().write(Bytes.fromHex("03")))).isEqualTo(MctpException.Reason.BINDING_DOWN);
        assertThat(pipe.a().isConnected()).isFalse();
        pipe.setConnected(true);
        scheduler.advance(Duration.ofMillis(1));
        assertThat(atB).isEmpty();

        pipe.a().write(Bytes.fromHex("04"));
        scheduler.advance(Duration.ofMillis(1));
        assertThat(atB).containsExactly(Bytes.fromHex("04"));
    }

    @Test
    void closedEndFailsWritesBindingDownAndReceivesNothing() {
        SerialPipe.Pair pipe = startedPair(Duration.ZERO);
        pipe.b().close();
        pipe.b().close();
        pipe.a().write(Bytes.fromHex("01"));
        scheduler.runDue();

        assertThat(atB).isEmpty();
        assertThat(pipe.b().isConnected()).isFalse();
        assertThat(pipe.a().isConnected()).isTrue();
        assertThat(MctpFailures.reason(pipe.b().write(Bytes.fromHex("02")))).isEqualTo(MctpException.Reason.BINDING_DOWN);
    }

    @Test
    void endsAreNamedAfterThePipe() {
        SerialPipe.Pair pipe = SerialPipe.pair("uart3", scheduler, Duration.ZERO);
        assertThat(pipe.a().name()).isEqualTo("uart3.a");
        assertThat(pipe.b().name()).isEqualTo("uart3.b");
        assertThatThrownBy(() -> pipe.injectInto(SerialPipe.pair(scheduler, Duration.ZERO).a(), Bytes.EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
