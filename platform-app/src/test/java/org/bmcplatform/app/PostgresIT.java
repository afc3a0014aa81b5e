package org.bmcplatform.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bmcplatform.app.RestApi.array;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code postgres} profile on a real PostgreSQL: the same migrations, batched readings with
 * sequence ids. Starts a throwaway server with the machine's initdb/pg_ctl (as .ci/run does); skipped
 * where PostgreSQL is not installed or the test cannot switch to the postgres user.
 */
class PostgresIT {

    @TempDir
    Path dir;

    @Test
    void thePostgresProfileDiscoversDrivesAndStoresReadings() throws Exception {
        Path initdb = find("initdb");
        Path pgCtl = find("pg_ctl");
        Assumptions.assumeTrue(initdb != null && pgCtl != null, "PostgreSQL (initdb, pg_ctl) is not installed");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root to run initdb as postgres");

        Path data = dir.resolve("pgdata");
        run("chmod", "755", dir.toString());
        run("install", "-d", "-o", "postgres", "-m", "700", data.toString());
        run("runuser", "-u", "postgres", "--", initdb.toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres");
        int port = freePort();
        run("runuser", "-u", "postgres", "--", pgCtl.toString(), "-D", data.toString(), "-w", "-l",
                data.resolve("server.log").toString(), "-o", "-c listen_addresses=127.0.0.1 -p " + port, "start");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlatformApplication.class).run(
                "--server.port=0", "--spring.profiles.active=postgres",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "--spring.datasource.username=postgres")) {
            RestApi api = new RestApi(((WebServerApplicationContext) app).getWebServer().getPort());
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                var components = api.list("/api/components");
                assertThat(components).hasSize(21); // 8 NVMe drives, the basic-management boot drive, HBA and its 6 drives, 2 NICs, host firmware, platform controller, debug MCU
                String id = components.stream().filter(c -> "DRIVE".equals(c.get("componentClass")))
                        .map(c -> (String) c.get("id")).findFirst().orElseThrow();
                assertThat(array(api.get("/api/components/" + id + "/readings").get("readings"))).hasSizeGreaterThanOrEqualTo(2);
            });
        } finally {
            run("runuser", "-u", "postgres", "--", pgCtl.toString(), "-D", data.toString(), "-m", "immediate", "stop");
        }
    }

    private static Path find(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(d, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        for (Path lib : List.of(Path.of("/usr/lib/postgresql/15/bin"), Path.of("/usr/lib/postgresql/16/bin"))) {
            if (Files.isExecutable(lib.resolve(tool))) {
                return lib.resolve(tool);
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
