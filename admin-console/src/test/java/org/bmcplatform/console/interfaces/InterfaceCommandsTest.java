package org.bmcplatform.console.interfaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bmcplatform.console.platform.RecordedPlatform;
import org.bmcplatform.console.shell.CommandFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InterfaceCommandsTest {

    private static final String SMBUS0 = """
            {"name":"smbus0","binding":"smbus","network":1,"mtu":68,"localEid":8,"localAddress":16,"clockHz":100000,
             "up":%s,"linkUp":true,"counters":{"packetsIn":120,"packetsOut":118,"messagesIn":60,"messagesOut":59},
             "drops":{"BAD_PEC":2,"TRUNCATED":0,"UNKNOWN_EID":1}}
            """;

    private final RecordedPlatform platform;
    private final InterfaceCommands commands;

    InterfaceCommandsTest() throws IOException {
        platform = new RecordedPlatform();
        commands = new InterfaceCommands(platform.client());
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void interfacesShowAdministrativeAndLinkStateTrafficAndDropsByReason() {
        platform.answer("GET /api/interfaces", "[" + SMBUS0.formatted("true") + ","
                + """
                {"name":"debug0","binding":"serial","network":1,"mtu":68,"localEid":8,"localAddress":"","clockHz":0,
                 "up":false,"linkUp":false,"counters":{"packetsIn":0,"packetsOut":0,"messagesIn":0,"messagesOut":0},"drops":{}}]
                """);

        String text = commands.interfaces();

        assertThat(text.lines()).containsExactly(
                "NAME    BINDING  NET  MTU  EID  ADDRESS    CLOCK  UP   LINK  PKTS IN  PKTS OUT  MSGS IN  MSGS OUT  DROPS",
                "------  -------  ---  ---  ---  -------  -------  ---  ----  -------  --------  -------  --------  ----------------------------",
                "smbus0  smbus      1   68    8  0x10     100 kHz  yes  up        120       118       60        59  3 (BAD_PEC=2, UNKNOWN_EID=1)",
                "debug0  serial     1   68    8  -              -  no   down        0         0        0         0  0",
                "2 interfaces");
    }

    @Test
    void oneInterfaceIsAKeyValueBlockThatSaysHowToBringItUp() {
        platform.answer("GET /api/interfaces/smbus0", SMBUS0.formatted("false"));

        String text = commands.show("smbus0");

        assertThat(text).isEqualTo("""
                Name:         smbus0
                Binding:      smbus
                Network:      1
                MTU:          68
                Local EID:    8
                Address:      0x10
                Clock:        100 kHz
                Up:           no (administratively down: `interface up smbus0`)
                Link:         up
                Packets in:   120
                Packets out:  118
                Messages in:  60
                Messages out: 59
                Drops:        3 (BAD_PEC=2, UNKNOWN_EID=1)""");
    }

    @Test
    void interfaceDownPutsUpFalseAndSaysHowToBringItBack() {
        platform.answer("PUT /api/interfaces/smbus0/state", SMBUS0.formatted("false"));

        String text = commands.down("smbus0");

        assertThat(platform.bodies()).containsExactly("PUT /api/interfaces/smbus0/state {\"up\":false}");
        assertThat(text).isEqualTo("smbus0 is down, link up: its endpoints cannot be reached until `interface up smbus0`");
    }

    @Test
    void interfaceUpPutsUpTrue() {
        platform.answer("PUT /api/interfaces/smbus0/state", SMBUS0.formatted("true"));

        assertThat(commands.up(" smbus0 ")).isEqualTo("smbus0 is up, link up");
        assertThat(platform.bodies()).containsExactly("PUT /api/interfaces/smbus0/state {\"up\":true}");
    }

    @Test
    void anUnknownInterfaceIsThePlatformsNoWithItsDetail() {
        platform.answer("GET /api/interfaces/smbus9", 404, "application/problem+json", """
                {"title":"Unknown interface","status":404,"detail":"No interface 'smbus9'; the interfaces are smbus0, smbus1"}
                """);

        assertThatThrownBy(() -> commands.show("smbus9")).isInstanceOfSatisfying(CommandFailure.class, f -> {
            assertThat(f.exitCode()).isEqualTo(CommandFailure.FAILED);
            assertThat(f).hasMessage("Unknown interface: No interface 'smbus9'; the interfaces are smbus0, smbus1");
        });
    }

    @Test
    void aMissingOrMalformedNameIsAUsageErrorAndNothingIsSent() {
        assertThatThrownBy(() -> commands.down(null)).isInstanceOfSatisfying(CommandFailure.class, f -> {
            assertThat(f.exitCode()).isEqualTo(CommandFailure.USAGE);
            assertThat(f).hasMessage("give an interface name: `interface down <name>`; `interfaces` lists them");
        });
        assertThatThrownBy(() -> commands.show("../smbus0")).isInstanceOfSatisfying(CommandFailure.class, f -> {
            assertThat(f.exitCode()).isEqualTo(CommandFailure.USAGE);
            assertThat(f).hasMessageContaining("'../smbus0' is not an interface name");
        });
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void noDropsIsZero() {
        Map<String, Long> drops = new LinkedHashMap<>();
        drops.put("BAD_PEC", 0L);
        assertThat(InterfaceTable.drops(drops)).isEqualTo("0");
        assertThat(InterfaceTable.drops(null)).isNull();
    }

    @Test
    void clockRatesUseTheLargestWholeUnit() {
        assertThat(InterfaceTable.clock(1_000_000L)).isEqualTo("1 MHz");
        assertThat(InterfaceTable.clock(400_000L)).isEqualTo("400 kHz");
        assertThat(InterfaceTable.clock(115_200L)).isEqualTo("115200 Hz");
        assertThat(InterfaceTable.clock(null)).isNull();
        assertThat(InterfaceTable.clock(0L)).isNull();
    }
}
