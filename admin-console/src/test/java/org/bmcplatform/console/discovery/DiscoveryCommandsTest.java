package org.bmcplatform.console.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.bmcplatform.console.platform.RecordedPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiscoveryCommandsTest {

    private final RecordedPlatform platform;
    private final DiscoveryCommands commands;

    DiscoveryCommandsTest() throws IOException {
        platform = new RecordedPlatform();
        commands = new DiscoveryCommands(platform.client());
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void endpointsAreListedWithEidUuidAndMessageTypes() {
        platform.answer("GET /api/endpoints", """
                [{"network":1,"eid":9,"uuid":"8b1f6f2e-0000-4000-8000-000000000001","interface":"smbus0",
                  "physicalAddress":"0x1d","messageTypes":["control","nvme-mi"],"state":"AVAILABLE","componentId":"1",
                  "firstSeen":"2026-11-22T00:40:00Z","lastSeen":"2026-11-22T00:59:00.9Z"}]
                """);

        assertThat(commands.endpoints().lines()).containsExactly(
                "NET  EID  INTERFACE  ADDRESS  UUID                                  MESSAGE TYPES    STATE      COMPONENT  LAST SEEN",
                "---  ---  ---------  -------  ------------------------------------  ---------------  ---------  ---------  --------------------",
                "  1    9  smbus0     0x1d     8b1f6f2e-0000-4000-8000-000000000001  control,nvme-mi  AVAILABLE          1  2026-11-22T00:59:00Z",
                "1 endpoint");
    }

    @Test
    void discoverPostsARescanAndShowsTheCounts() {
        platform.answer("POST /api/discovery", "{\"endpoints\":8,\"newEndpoints\":0,\"components\":8,\"durationMs\":412}");

        assertThat(commands.discover()).isEqualTo("""
                Endpoints:     8
                New endpoints: 0
                Components:    8
                Duration:      412 ms""");
        assertThat(platform.requests()).containsExactly("POST /api/discovery");
    }
}
