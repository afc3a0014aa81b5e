package org.bmcplatform.app.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /api/interfaces/{name}/capture starts a capture of one interface (optional limits in the
 * body), DELETE stops it; GET /api/captures lists them, GET /api/captures/{id}/file downloads one
 * as {@code application/x-pcapng} (of a running capture, the whole packets written so far).
 */
@RestController
class CaptureController {
    static final MediaType PCAPNG = MediaType.parseMediaType("application/x-pcapng");

    private final Captures captures;
    private final JsonMapper json;

    CaptureController(Captures captures, JsonMapper json) {
        this.captures = captures;
        this.json = json;
    }

    /** The body is read as text so that a malformed one gets a problem saying what to send. */
    @PostMapping("/api/interfaces/{name}/capture")
    ResponseEntity<CaptureView> start(@PathVariable String name, @RequestBody(required = false) String body) {
        CaptureView started = captures.start(name, CaptureLimits.parse(body, json, captures.byteCap()));
        return ResponseEntity.created(URI.create("/api/captures/" + started.id())).body(started);
    }

    @DeleteMapping("/api/interfaces/{name}/capture")
    CaptureView stop(@PathVariable String name) {
        return captures.stop(name);
    }

    @GetMapping("/api/captures")
    List<CaptureView> list() {
        return captures.list();
    }

    @GetMapping("/api/captures/{id}")
    CaptureView one(@PathVariable String id) {
        return captures.find(id);
    }

    @GetMapping("/api/captures/{id}/file")
    ResponseEntity<StreamingResponseBody> file(@PathVariable String id) throws IOException {
        Captures.Download download = captures.file(id);
        long length = download.length() >= 0 ? download.length() : Files.size(download.path());
        StreamingResponseBody body = out -> copy(download, length, out);
        return ResponseEntity.ok()
                .contentType(PCAPNG)
                .contentLength(length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.path().getFileName().toString()).build().toString())
                .body(body);
    }

    /** Exactly {@code length} bytes: a running capture's file may grow while it is sent. */
    private static void copy(Captures.Download download, long length, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(download.path())) {
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException(download.path() + " ended after " + (length - left) + " of " + length + " bytes");
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }
}
