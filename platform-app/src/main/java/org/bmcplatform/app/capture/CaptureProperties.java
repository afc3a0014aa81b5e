package org.bmcplatform.app.capture;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code bmc.capture.dir}: where capture files go (unset: {@code ${bmc.data-dir}/captures});
 * {@code bmc.capture.max-bytes}: the largest file one capture may write, and the limit of a capture
 * started without a byte limit (a BMC's flash is small).
 */
@ConfigurationProperties("bmc.capture")
record CaptureProperties(Path dir, @DefaultValue("64MB") DataSize maxBytes) {
}
