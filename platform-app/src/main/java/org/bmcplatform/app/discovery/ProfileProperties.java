package org.bmcplatform.app.discovery;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code bmc.profiles-dir}: a directory of device profiles (YAML) that add to or override the built-in ones. */
@ConfigurationProperties("bmc")
public record ProfileProperties(Path profilesDir) {
}
