package org.bmcplatform.console.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bmcplatform.console.platform.RecordedPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InterfaceCommandsTest {

    private final RecordedPlatform platform;

    InterfaceCommandsTest() throws IOException {
        platform = new RecordedPlatform();
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void interfacesShowTrafficAndDropsByReason() {
        platform.answer("GET /api/interfaces", """
                [{"name":"smbus0","binding":"smbus","network":1,"mtu":68,"localEid":8,"localAddress":16,"clockHz":100000,"up":true,
                  "counters":{"packetsIn":120,"packetsOut":118,"messagesIn":60,"messagesOut":59},
                  "drops":{"BAD_PEC":2,"TRUNCATED":0,"UNKNOWN_EID":1}}]
                """);

        String text = new InterfaceCommands(platform.client()).interfaces();

        assertThat(text.lines()).containsExactly(
                "NAME    BINDING  NET  MTU  EID  ADDRESS    CLOCK  UP   PKTS IN  PKTS OUT  MSGS IN  MSGS OUT  DROPS",
                "------  -------  ---  ---  ---  -------  -------  ---  -------  --------  -------  --------  ----------------------------",
                "smbus0  smbus      1   68    8  0x10     100 kHz  yes      120       118       60        59  3 (BAD_PEC=2, UNKNOWN_EID=1)",
                "1 interface");
    }

    @Test
    void noDropsIsZero() {
        Map<String, Long> drops = new LinkedHashMap<>();
        drops.put("BAD_PEC", 0L);
        assertThat(InterfaceCommands.drops(drops)).isEqualTo("0");
        assertThat(InterfaceCommands.drops(null)).isNull();
    }

    @Test
    void clockRatesUseTheLargestWholeUnit() {
        assertThat(InterfaceCommands.clock(1_000_000L)).isEqualTo("1 MHz");
        assertThat(InterfaceCommands.clock(400_000L)).isEqualTo("400 kHz");
        assertThat(InterfaceCommands.clock(115_200L)).isEqualTo("115200 Hz");
        assertThat(InterfaceCommands.clock(null)).isNull();
    }
}
