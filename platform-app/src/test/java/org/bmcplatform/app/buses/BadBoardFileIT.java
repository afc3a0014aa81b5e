package org.bmcplatform.app.buses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bmcplatform.app.PlatformApplication;
import org.bmcplatform.sim.board.BoardFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A board file the simulator cannot use stops startup with the file, line and field to fix. */
class BadBoardFileIT {

    @TempDir
    Path dir;

    @Test
    void aBadBoardFileFailsStartupNamingFileLineAndField() throws IOException {
        Path board = dir.resolve("broken-board.yaml");
        Files.writeString(board, """
                board:
                  name: broken
                  description: one drive at an address that is not 7-bit
                mctp:
                  network: 1
                  local-eid: 8
                  dynamic-eids: 9-254
                environment:
                  ambient-celsius: 24
                buses:
                  - name: smbus0
                    binding: smbus
                    clock-khz: 100
                    address: 0x10
                    backend: virtual
                components:
                  - id: nvme0
                    type: nvme-drive
                    bus: smbus0
                    address: 0x9a
                    slot: "Bay 0"
                    identity:
                      manufacturer: Example
                      model: EX-1
                      serial: S0001
                      firmware: 1.0
                      part-number: EX-1-P
                      vendor-id: 0x1234
                      uuid: 6b1c3e52-1d0f-4c55-9a6a-1f1f7f0c0001
                    thermal: { idle-celsius: 30, load-celsius: 50 }
                """);

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(PlatformApplication.class).run(
                "--server.port=0", "--bmc.board=" + board,
                "--spring.datasource.url=jdbc:h2:mem:bad-board;DB_CLOSE_DELAY=-1"));

        assertThat(failure).isNotNull();
        Throwable root = failure;
        while (!(root instanceof BoardFileException) && root.getCause() != null) {
            root = root.getCause();
        }
        assertThat(root).isInstanceOf(BoardFileException.class);
        BoardFileException bad = (BoardFileException) root;
        assertThat(bad.getMessage()).contains("broken-board.yaml", ":20", "components[0].address");
        assertThat(bad.line()).isEqualTo(20);
        assertThat(bad.field()).isEqualTo("components[0].address");
    }
}
