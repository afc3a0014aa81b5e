package org.bmcplatform.app.buses;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bmc.board}: the board file to run (YAML, see device-sim/BOARD-FILE.md); unset runs the
 * built-in default board. {@code bmc.data-dir}: where the H2 database lives (default {@code ./data}).
 */
@ConfigurationProperties("bmc")
public record BoardProperties(Path board, Path dataDir) {
}
