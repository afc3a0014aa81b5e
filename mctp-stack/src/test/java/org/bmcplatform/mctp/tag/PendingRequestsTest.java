package org.bmcplatform.mctp.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.bmcplatform.mctp.EndpointId;
import org.junit.jupiter.api.Test;

class PendingRequestsTest {
    private final PendingRequests<String> pending = new PendingRequests<>();

    @Test
    void responseMatchesByNetworkPeerAndTagOnce() {
        pending.add(1, "bus0", EndpointId.of(9), 3, "a");
        assertThat(pending.match(1, "bus0", EndpointId.of(9), 2)).isEmpty();
        assertThat(pending.match(1, "bus0", EndpointId.of(10), 3)).isEmpty();
        assertThat(pending.match(2, "bus0", EndpointId.of(9), 3)).isEmpty();
        assertThat(pending.match(1, "bus0", EndpointId.of(9), 3)).contains("a");
        assertThat(pending.match(1, "bus0", EndpointId.of(9), 3)).as("a second response is unmatched").isEmpty();
    }

    // DSP0236 §8.2: a request to the null EID is answered from whatever EID the endpoint has
    @Test
    void physicallyAddressedRequestMatchesAResponseFromAnySourceOnItsInterface() {
        pending.add(1, "bus0", EndpointId.NULL, 1, "phys");
        assertThat(pending.match(1, "bus1", EndpointId.of(9), 1)).isEmpty();
        assertThat(pending.match(1, "bus0", EndpointId.of(9), 1)).contains("phys");
        pending.add(1, "bus0", EndpointId.NULL, 1, "phys2");
        assertThat(pending.match(1, "bus0", EndpointId.NULL, 1)).contains("phys2");
    }

    @Test
    void exactLogicalMatchWinsOverPhysical() {
        pending.add(1, "bus0", EndpointId.NULL, 4, "phys");
        pending.add(1, "bus0", EndpointId.of(9), 4, "logical");
        assertThat(pending.match(1, "bus0", EndpointId.of(9), 4)).contains("logical");
        assertThat(pending.match(1, "bus0", EndpointId.of(9), 4)).contains("phys");
    }

    @Test
    void removeOnlyRemovesTheSameRequest() {
        pending.add(1, "bus0", EndpointId.of(9), 0, "new");
        pending.remove(1, "bus0", EndpointId.of(9), 0, "old");
        assertThat(pending.size()).isEqualTo(1);
        pending.remove(1, "bus0", EndpointId.of(9), 0, "new");
        assertThat(pending.size()).isZero();
    }

    @Test
    void drainReturnsEverythingOutstanding() {
        pending.add(1, "bus0", EndpointId.of(9), 0, "a");
        pending.add(1, "bus0", EndpointId.NULL, 0, "b");
        assertThat(pending.drain()).containsExactlyInAnyOrder("a", "b");
        assertThat(pending.size()).isZero();
    }
}
