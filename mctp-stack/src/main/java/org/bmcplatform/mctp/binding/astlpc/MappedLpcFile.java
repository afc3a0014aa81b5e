package org.bmcplatform.mctp.binding.astlpc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * A file two processes (or two stacks) map to run astlpc against each other: bytes {@code [0, size)} are
 * the LPC window, the {@value #KCS_AREA}-byte page after it holds the KCS registers (see
 * {@link FileKcsPort} and the package documentation). Whoever opens the file first creates it at its
 * full length; the other side maps the same bytes.
 */
public final class MappedLpcFile implements AutoCloseable {
    /** Size of the KCS register page after the window. */
    public static final int KCS_AREA = 4096;

    private final Path path;
    private final int windowSize;
    private final FileChannel channel;
    private final MappedByteBuffer map;
    private final AtomicBoolean closed = new AtomicBoolean();

    private MappedLpcFile(Path path, int windowSize, FileChannel channel, MappedByteBuffer map) {
        this.path = path;
        this.windowSize = windowSize;
        this.channel = channel;
        this.map = map;
    }

    /**
     * Maps (creating or extending it if needed) {@code path} with a window of {@code windowSize} bytes.
     *
     * @throws IllegalArgumentException when the size is not a multiple of 4096 of at least 4096
     * @throws UncheckedIOException with the path when the file cannot be opened or mapped
     */
    public static MappedLpcFile open(Path path, int windowSize) {
        if (windowSize < KCS_AREA || windowSize % KCS_AREA != 0) {
            throw new IllegalArgumentException("astlpc-file window size must be a multiple of 4096, was " + windowSize);
        }
        try {
            FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            long length = (long) windowSize + KCS_AREA;
            MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_WRITE, 0, length);
            return new MappedLpcFile(path, windowSize, ch, map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map the astlpc file " + path + " (" + e.getMessage()
                    + "); check the directory exists and is writable", e);
        }
    }

    public Path path() {
        return path;
    }

    /** The LPC window: the first {@code windowSize} bytes. */
    public LpcWindow window() {
        return LpcWindow.over(map.slice(0, windowSize), () -> { });
    }

    /** One side's KCS port over the register page, polled every {@code pollInterval} on the scheduler. */
    public KcsPort kcs(AstLpcRole side, Scheduler scheduler, Duration pollInterval) {
        return new FileKcsPort(map.slice(windowSize, KCS_AREA), side, scheduler, pollInterval, this::close);
    }

    /** Closes the file; the mapping goes when the last buffer over it is collected. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                map.force();
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("closing " + path + " failed", e);
            }
        }
    }
}
