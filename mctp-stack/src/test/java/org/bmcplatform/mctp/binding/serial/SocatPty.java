package org.bmcplatform.mctp.binding.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A pair of connected pseudo-terminals made by socat, reachable through two symlinks in a directory:
 * {@code socat pty,raw,echo=0,link=DIR/a pty,raw,echo=0,link=DIR/b}. Restartable with the same links.
 */
public final class SocatPty implements AutoCloseable {
    private static final long START_DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final Path a;
    private final Path b;
    private Process process;

    public SocatPty(Path dir) {
        this.a = dir.resolve("a");
        this.b = dir.resolve("b");
    }

    public Path a() {
        return a;
    }

    public Path b() {
        return b;
    }

    /** Starts socat and returns once both links exist; fails with how to install socat when it is missing. */
    public SocatPty start() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new AssertionError("socat is not installed; the *PtyTest tests need it: apt-get install socat", e);
        }
        long deadline = System.nanoTime() + START_DEADLINE_NANOS;
        while (!(Files.exists(a) && Files.exists(b))) {
            if (!process.isAlive()) {
                throw new AssertionError("socat exited with " + process.exitValue() + " before creating " + a + " and " + b);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("socat did not create " + a + " and " + b + " within 5 s");
            }
            Thread.sleep(10);
        }
        return this;
    }

    /** Kills socat and waits until it is gone (its ptys close, its links are removed). */
    public void stop() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        process = null;
        Files.deleteIfExists(a);
        Files.deleteIfExists(b);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop();
    }
}
