package org.bmcplatform.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the console's executable jar once, as a script would ({@code java -jar admin-console.jar
 * <command>}), and returns its exit code and output. The jar path comes from the {@code console.jar}
 * system property that failsafe sets.
 */
final class ConsoleProcess {

    /** One-shot mode must answer within a few seconds; this allows for a loaded machine. */
    static final long TIMEOUT_SECONDS = 20;

    private ConsoleProcess() {
    }

    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static Path consoleJar() {
        Path jar = Paths.get(System.getProperty("console.jar", "target/admin-console-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("the console jar (run through `mvn verify`, after package)").exists();
        return jar;
    }

    static Path workDirectory() throws IOException {
        Path dir = Paths.get(System.getProperty("it.work", "target/it"));
        Files.createDirectories(dir);
        return dir;
    }

    static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", consoleJar().toString()));
        command.addAll(List.of(args));
        Path dir = Files.createTempDirectory(workDirectory(), "console-");
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        // Keep the user's history and the configured BMC_URL out of the run.
        builder.environment().remove("BMC_URL");
        builder.environment().put("XDG_CONFIG_HOME", dir.toString());
        Process process = builder.start();
        try {
            boolean exited = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(exited).as("console %s exited within %d s", args, TIMEOUT_SECONDS).isTrue();
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
