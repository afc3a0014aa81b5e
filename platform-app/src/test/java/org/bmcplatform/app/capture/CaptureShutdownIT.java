package org.bmcplatform.app.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bmcplatform.app.PlatformApplication;
import org.bmcplatform.app.RestApi;
import org.bmcplatform.mctp.capture.CaptureRecord;
import org.bmcplatform.mctp.capture.PcapngReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** A capture still running when the platform stops is closed with it: the file reads to its end. */
class CaptureShutdownIT {

    @TempDir
    Path dataDir;

    @Test
    void aCaptureRunningAtShutdownLeavesAWholeFile() throws IOException {
        String file;
        long packetsSeen;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlatformApplication.class).run(
                "--server.port=0", "--bmc.data-dir=" + dataDir.toAbsolutePath(),
                "--spring.datasource.url=jdbc:h2:mem:capture-shutdown;DB_CLOSE_DELAY=-1")) {
            RestApi api = new RestApi(((WebServerApplicationContext) app).getWebServer().getPort());
            var started = api.send(HttpMethod.POST, "/api/interfaces/smbus0/capture", null);
            assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            file = (String) started.getBody().get("file");
            String id = (String) started.getBody().get("id");
            Map<String, Object> running = await().atMost(Duration.ofSeconds(60))
                    .until(() -> api.get("/api/captures/" + id), c -> ((Number) c.get("packets")).longValue() >= 10);
            packetsSeen = ((Number) running.get("packets")).longValue();
        }

        try (PcapngReader reader = PcapngReader.open(dataDir.resolve("captures").resolve(file))) {
            List<CaptureRecord> records = reader.readAll(); // throws if the last block were cut short
            assertThat(records).hasSizeGreaterThanOrEqualTo((int) packetsSeen)
                    .allSatisfy(r -> assertThat(r.interfaceName()).isEqualTo("smbus0"));
        }
    }
}
