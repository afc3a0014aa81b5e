package org.bmcplatform.sim.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WireTimingTest {

    // perf-reliability.md §A.1.1: 9 SCL clocks per byte plus tHD;STA + tSU;STO + tBUF
    @Test
    void framingIsTheSumOfStartHoldStopSetupAndBusFreeTimes() {
        assertThat(WireTiming.forClock(100_000).framingNanos()).isEqualTo(12_700);
        assertThat(WireTiming.forClock(400_000).framingNanos()).isEqualTo(2_500);
        assertThat(WireTiming.forClock(1_000_000).framingNanos()).isEqualTo(1_020);
    }

    @Test
    void byteTakesNineClockPeriods() {
        assertThat(WireTiming.STANDARD_100K.byteNanos()).isEqualTo(90_000);
        assertThat(WireTiming.FAST_400K.byteNanos()).isEqualTo(22_500);
        assertThat(WireTiming.FAST_PLUS_1M.byteNanos()).isEqualTo(9_000);
    }

    // §A.1.1 table: NVMe-MI Subsystem Health Status Poll 20/20 message bytes = 5.25 / 1.31 / 0.52 ms per exchange
    @Test
    void healthPollExchangeMatchesTheReferenceTable() {
        assertThat(2 * WireTiming.STANDARD_100K.singlePacketMessageNanos(20)).isEqualTo(5_245_400);
        assertThat(2 * WireTiming.FAST_400K.singlePacketMessageNanos(20)).isEqualTo(1_310_000);
        assertThat(2 * WireTiming.FAST_PLUS_1M.singlePacketMessageNanos(20)).isEqualTo(524_040);
    }

    // §A.1.1 table: Get Endpoint ID 3/7 bytes = 2.55 ms at 100 kHz
    @Test
    void getEndpointIdExchangeMatchesTheReferenceTable() {
        long exchange = WireTiming.STANDARD_100K.singlePacketMessageNanos(3) + WireTiming.STANDARD_100K.singlePacketMessageNanos(7);
        assertThat(exchange).isEqualTo(2_545_400);
    }

    @Test
    void nackCostsTheAddressByteAndFraming() {
        assertThat(WireTiming.STANDARD_100K.nackNanos()).isEqualTo(90_000 + 12_700);
    }

    @Test
    void nonStandardClockIsRejected() {
        assertThatThrownBy(() -> WireTiming.forClock(200_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("200000");
    }
}
