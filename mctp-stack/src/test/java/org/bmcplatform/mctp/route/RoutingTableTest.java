package org.bmcplatform.mctp.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.bmcplatform.mctp.EndpointId;
import org.junit.jupiter.api.Test;

class RoutingTableTest {
    private static final Map<String, Integer> MTUS = Map.of("smbus0", 254, "serial0", 68);
    private final RoutingTable table = new RoutingTable(name -> MTUS.containsKey(name) ? OptionalInt.of(MTUS.get(name)) : OptionalInt.empty());

    private static EndpointId eid(int v) {
        return EndpointId.of(v);
    }

    @Test
    void directRouteDefaultsToTheBaselineMtu() {
        table.add(Route.direct(1, eid(9), "smbus0"));
        assertThat(table.lookup(1, eid(9))).hasValueSatisfying(r -> assertThat(r.mtu()).isEqualTo(68));
        assertThat(table.resolve(1, eid(9))).hasValueSatisfying(r -> {
            assertThat(r.interfaceName()).isEqualTo("smbus0");
            assertThat(r.nextHop()).isEqualTo(eid(9));
        });
    }

    @Test
    void rangeRouteHoldsEveryEidInIt() {
        table.add(new Route(1, eid(20), eid(29), "smbus0", Optional.empty(), 68));
        assertThat(table.lookup(1, eid(19))).isEmpty();
        assertThat(table.lookup(1, eid(20))).isPresent();
        assertThat(table.lookup(1, eid(29))).isPresent();
        assertThat(table.lookup(1, eid(30))).isEmpty();
        assertThat(table.lookup(2, eid(25))).isEmpty();
    }

    @Test
    void duplicateOrOverlappingRangeInTheSameNetworkIsRejected() {
        table.add(new Route(1, eid(20), eid(29), "smbus0", Optional.empty(), 68));
        assertThatThrownBy(() -> table.add(new Route(1, eid(20), eid(29), "smbus0", Optional.empty(), 68)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlaps");
        assertThatThrownBy(() -> table.add(Route.direct(1, eid(29), "serial0"))).isInstanceOf(IllegalArgumentException.class);
        table.add(new Route(2, eid(20), eid(29), "smbus0", Optional.empty(), 68));
        assertThat(table.list()).hasSize(2);
    }

    @Test
    void routeMtuIsClampedToTheBindingMtu() {
        assertThat(table.add(new Route(1, eid(9), eid(9), "serial0", Optional.empty(), 254)).mtu()).isEqualTo(68);
        table.add(Route.direct(1, eid(10), "smbus0"));
        assertThat(table.setMtu(1, eid(10), 1000)).hasValue(254);
        assertThat(table.setMtu(1, eid(10), 128)).hasValue(128);
        assertThat(table.setMtu(1, eid(10), 10)).hasValue(68);
        assertThat(table.setMtu(1, eid(11), 128)).isEmpty();
    }

    @Test
    void routeBelowBaselineMtuOrOutsideUnicastIsInvalid() {
        assertThatThrownBy(() -> new Route(1, eid(9), eid(9), "smbus0", Optional.empty(), 67)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Route(1, eid(0), eid(9), "smbus0", Optional.empty(), 68)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Route(1, eid(9), eid(255), "smbus0", Optional.empty(), 68)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Route(1, eid(10), eid(9), "smbus0", Optional.empty(), 68)).isInstanceOf(IllegalArgumentException.class);
    }

    // reference mctp-stack.md §8: gateway resolution, neighbour looked up by next hop, MTU = minimum on the chain
    @Test
    void bridgedPoolResolvesThroughItsGateway() {
        table.add(new Route(1, eid(9), eid(9), "smbus0", Optional.empty(), 200));
        table.add(new Route(1, eid(40), eid(49), "smbus0", Optional.of(eid(9)), 254));
        assertThat(table.resolve(1, eid(42))).hasValueSatisfying(r -> {
            assertThat(r.nextHop()).isEqualTo(eid(9));
            assertThat(r.interfaceName()).isEqualTo("smbus0");
            assertThat(r.mtu()).isEqualTo(200);
        });
    }

    @Test
    void gatewayWithoutRouteOrLoopingDoesNotResolve() {
        table.add(new Route(1, eid(40), eid(49), "smbus0", Optional.of(eid(9)), 68));
        assertThat(table.resolve(1, eid(41))).isEmpty();
        table.add(new Route(1, eid(50), eid(59), "smbus0", Optional.of(eid(60)), 68));
        table.add(new Route(1, eid(60), eid(69), "smbus0", Optional.of(eid(50)), 68));
        assertThat(table.resolve(1, eid(51))).isEmpty();
    }

    @Test
    void removeDeletesTheRouteStartingAtTheEid() {
        table.add(new Route(1, eid(20), eid(29), "smbus0", Optional.empty(), 68));
        assertThat(table.remove(1, eid(21))).isFalse();
        assertThat(table.remove(1, eid(20))).isTrue();
        assertThat(table.lookup(1, eid(25))).isEmpty();
    }
}
