package org.bmcplatform.app.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureFilesTest {
    private static final Instant AT = Instant.parse("2026-01-31T12:00:00.123Z");

    @TempDir
    Path root;

    @Test
    void aNewFileIsNamedAfterTheInterfaceAndTheUtcTimeAndNeverReplacesAnother() throws IOException {
        CaptureFiles files = new CaptureFiles(root.resolve("captures"));

        CaptureFiles.NewFile first = files.create("smbus0", AT);
        CaptureFiles.NewFile second = files.create("smbus0", AT);
        first.out().close();
        second.out().close();

        assertThat(first.id()).isEqualTo("smbus0-20260131T120000.123Z");
        assertThat(first.file()).isEqualTo(root.resolve("captures/smbus0-20260131T120000.123Z.pcapng").toAbsolutePath());
        assertThat(second.id()).isEqualTo("smbus0-20260131T120000.123Z-2");
        assertThat(files.list()).hasSize(2);
    }

    @Test
    void anInterfaceNameCannotLeaveTheDirectory() throws IOException {
        CaptureFiles files = new CaptureFiles(root);

        CaptureFiles.NewFile f = files.create("../../etc/x", AT);
        f.out().close();

        assertThat(f.file().getParent()).isEqualTo(root.toAbsolutePath());
        assertThat(f.id()).isEqualTo("______etc_x-20260131T120000.123Z");
    }

    @Test
    void onlyIdsTheDirectoryListsAreFound() throws IOException {
        Path dir = Files.createDirectories(root.resolve("captures"));
        Files.writeString(root.resolve("secret.pcapng"), "outside");
        Files.writeString(dir.resolve("smbus0-20260131T120000.123Z.pcapng"), "inside");
        Files.writeString(dir.resolve(".hidden.pcapng"), "hidden");
        Files.writeString(dir.resolve("notes.txt"), "not a capture");
        CaptureFiles files = new CaptureFiles(dir);

        assertThat(files.find("smbus0-20260131T120000.123Z")).isPresent();
        for (String id : new String[] {"../secret", "..", "%2e%2e/secret", "secret", ".hidden", "notes", "", null,
                "smbus0-20260131T120000.123Z/../../secret"}) {
            assertThat(files.find(id)).as(id).isEmpty();
        }
        assertThat(files.list()).extracting(p -> p.getFileName().toString())
                .containsExactly("smbus0-20260131T120000.123Z.pcapng");
    }

    @Test
    void aFileOfAnEarlierRunDescribesItselfByItsName() throws IOException {
        Path file = Files.createDirectories(root).resolve("pcc0-20250102T030405.678Z-2.pcapng");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[60]);
        }

        CaptureView view = CaptureFiles.describe(file);

        assertThat(view.id()).isEqualTo("pcc0-20250102T030405.678Z-2");
        assertThat(view.interfaceName()).isEqualTo("pcc0");
        assertThat(view.startedAt()).isEqualTo(Instant.parse("2025-01-02T03:04:05.678Z"));
        assertThat(view.bytes()).isEqualTo(60);
        assertThat(view.packets()).isNull();
        assertThat(view.state()).isEqualTo(CaptureState.STOPPED);
        assertThat(view.download()).isEqualTo("/api/captures/pcc0-20250102T030405.678Z-2/file");
    }
}
