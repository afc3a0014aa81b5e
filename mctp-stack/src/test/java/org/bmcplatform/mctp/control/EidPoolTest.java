package org.bmcplatform.mctp.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bmcplatform.mctp.EndpointId;
import org.junit.jupiter.api.Test;

class EidPoolTest {
    private final EidPool pool = new EidPool(EndpointId.of(9), EndpointId.of(12));

    @Test
    void allocatesFirstFitFromTheRange() {
        assertThat(pool.allocate()).contains(EndpointId.of(9));
        assertThat(pool.allocate()).contains(EndpointId.of(10));
    }

    @Test
    void reservedEidsAreSkipped() {
        assertThat(pool.reserve(EndpointId.of(9))).isTrue();
        assertThat(pool.reserve(EndpointId.of(9))).isFalse();
        assertThat(pool.allocate()).contains(EndpointId.of(10));
    }

    @Test
    void reclaimedEidsAreReusedOnlyAfterUnusedOnesInFifoOrder() {
        // DSP0236 §8.17.6: reuse reclaimed EIDs only after unused ones
        EndpointId a = pool.allocate().orElseThrow();
        EndpointId b = pool.allocate().orElseThrow();
        pool.release(b);
        pool.release(a);

        assertThat(pool.allocate()).contains(EndpointId.of(11));
        assertThat(pool.allocate()).contains(EndpointId.of(12));
        assertThat(pool.allocate()).contains(b);
        assertThat(pool.allocate()).contains(a);
        assertThat(pool.allocate()).isEmpty();
    }

    @Test
    void reservingAReclaimedEidTakesItOutOfTheQueue() {
        EndpointId a = pool.allocate().orElseThrow();
        pool.release(a);
        pool.reserve(a);
        pool.release(EndpointId.of(200));
        assertThat(pool.available()).isEqualTo(3);
        assertThat(pool.allocate()).contains(EndpointId.of(10));
    }

    @Test
    void eidsOutsideTheRangeCanBeHeldButAreNotHandedOut() {
        assertThat(pool.reserve(EndpointId.of(100))).isTrue();
        assertThat(pool.isInUse(EndpointId.of(100))).isTrue();
        pool.release(EndpointId.of(100));
        assertThat(pool.isInUse(EndpointId.of(100))).isFalse();
        assertThat(pool.available()).isEqualTo(4);
    }

    @Test
    void rangeMustBeUnicast() {
        assertThatThrownBy(() -> new EidPool(EndpointId.of(7), EndpointId.of(20))).hasMessageContaining("8..254");
        assertThatThrownBy(() -> new EidPool(EndpointId.of(20), EndpointId.of(19))).hasMessageContaining("first <= last");
    }
}
