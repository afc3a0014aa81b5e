package org.bmcplatform.mctp.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.junit.jupiter.api.Test;

class NeighbourTableTest {
    private final NeighbourTable table = new NeighbourTable();

    @Test
    void addressIsKeptPerInterfaceAndEid() {
        table.put("smbus0", EndpointId.of(9), LinkAddress.smbus(0x1d));
        table.put("smbus1", EndpointId.of(9), LinkAddress.smbus(0x1e));
        assertThat(table.lookup("smbus0", EndpointId.of(9))).contains(LinkAddress.smbus(0x1d));
        assertThat(table.lookup("smbus1", EndpointId.of(9))).contains(LinkAddress.smbus(0x1e));
        assertThat(table.lookup("smbus0", EndpointId.of(10))).isEmpty();
    }

    @Test
    void putReplacesAndRemoveForgets() {
        table.put("smbus0", EndpointId.of(9), LinkAddress.smbus(0x1d));
        table.put("smbus0", EndpointId.of(9), LinkAddress.smbus(0x2d));
        assertThat(table.list()).containsExactly(new Neighbour("smbus0", EndpointId.of(9), LinkAddress.smbus(0x2d)));
        assertThat(table.remove("smbus0", EndpointId.of(9))).isTrue();
        assertThat(table.remove("smbus0", EndpointId.of(9))).isFalse();
        assertThat(table.list()).isEmpty();
    }
}
