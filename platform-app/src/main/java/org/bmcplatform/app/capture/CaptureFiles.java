package org.bmcplatform.app.capture;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The capture directory: files named {@code <interface>-<UTC time>.pcapng} (e.g.
 * {@code smbus0-20260131T120000.123Z.pcapng}); a capture's id is its file name without the
 * extension. Ids from a request are only ever matched against the directory's own listing, and
 * interface names are reduced to {@code [A-Za-z0-9_-]}, so no name or id reaches outside the directory.
 */
final class CaptureFiles {
    static final String EXTENSION = ".pcapng";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");
    private static final Pattern NAMED = Pattern.compile("(?<iface>.+)-(?<at>\\d{8}T\\d{6}\\.\\d{3}Z)(?:-\\d+)?");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path dir;

    CaptureFiles(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path dir() {
        return dir;
    }

    /** A new file, created empty and open for writing; a second capture in the same millisecond gets {@code -2}. */
    NewFile create(String interfaceName, Instant at) throws IOException {
        Files.createDirectories(dir);
        String base = interfaceName.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + STAMP.format(at);
        for (int n = 1; ; n++) {
            String id = n == 1 ? base : base + "-" + n;
            Path file = dir.resolve(id + EXTENSION);
            try {
                return new NewFile(id, file, Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException e) {
                // taken: try the next suffix
            }
        }
    }

    record NewFile(String id, Path file, OutputStream out) {
    }

    /** The capture files in the directory (none when it does not exist yet). */
    List<Path> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> idOf(f).isPresent() && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the capture directory " + dir, e);
        }
    }

    /** The file of a capture id, if the directory holds it. */
    Optional<Path> find(String id) {
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return list().stream().filter(f -> idOf(f).orElseThrow().equals(id)).findFirst();
    }

    static Optional<String> idOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(EXTENSION)) {
            return Optional.empty();
        }
        String id = name.substring(0, name.length() - EXTENSION.length());
        return SAFE_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    /** What a file left by an earlier run says about itself: interface and start from its name, size and time of the last write. */
    static CaptureView describe(Path file) {
        String id = idOf(file).orElseThrow();
        Matcher m = NAMED.matcher(id);
        String iface = null;
        Instant startedAt = null;
        if (m.matches()) {
            iface = m.group("iface");
            try {
                startedAt = STAMP.parse(m.group("at"), Instant::from);
            } catch (DateTimeParseException e) {
                startedAt = null;
            }
        }
        try {
            return new CaptureView(id, iface, file.getFileName().toString(), startedAt,
                    Files.getLastModifiedTime(file).toInstant(), null, Files.size(file), CaptureState.STOPPED, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
