package org.bmcplatform.app.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bmcplatform.app.buses.BoardInterfaces;
import org.bmcplatform.app.buses.BoardProperties;
import org.bmcplatform.app.buses.LiveBoard;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.time.Scheduler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * The captures of this run (at most one running per interface) and the files earlier runs left in
 * the capture directory. Captures still running at shutdown are stopped, so every file ends whole.
 */
@Component
class Captures implements DisposableBean {
    private final BoardInterfaces interfaces;
    private final CaptureFiles files;
    private final Scheduler scheduler;
    private final long byteCap;
    private final Map<String, Capture> byId = new LinkedHashMap<>();
    private final Map<String, Capture> latestByInterface = new HashMap<>();

    Captures(BoardInterfaces interfaces, LiveBoard board, CaptureProperties properties, BoardProperties boardProperties) {
        this.interfaces = interfaces;
        this.scheduler = board.scheduler(); // the clock that stamps the packets
        this.files = new CaptureFiles(properties.dir() != null ? properties.dir()
                : (boardProperties.dataDir() != null ? boardProperties.dataDir() : Path.of("data")).resolve("captures"));
        this.byteCap = properties.maxBytes().toBytes();
    }

    long byteCap() {
        return byteCap;
    }

    /** @throws ErrorResponseException 409 when the interface is being captured already */
    synchronized CaptureView start(String interfaceName, CaptureLimits limits) {
        MctpInterface iface = interfaces.named(interfaceName);
        Capture running = latestByInterface.get(iface.name());
        if (running != null && running.isRunning()) {
            throw problem(HttpStatus.CONFLICT, "Capture already running", "Interface " + iface.name()
                    + " is being captured already (capture " + running.id() + "); stop it with DELETE /api/interfaces/"
                    + iface.name() + "/capture, then start again");
        }
        Capture capture;
        try {
            CaptureFiles.NewFile file = files.create(iface.name(), scheduler.now());
            capture = Capture.start(file.id(), iface, file.file(), file.out(), limits, byteCap, scheduler);
        } catch (IOException e) {
            throw problem(HttpStatus.INTERNAL_SERVER_ERROR, "Cannot create the capture file", "Creating a file in "
                    + files.dir() + " failed (" + e + "); make the directory writable or set bmc.capture.dir");
        }
        byId.put(capture.id(), capture);
        latestByInterface.put(iface.name(), capture);
        return capture.view();
    }

    /** @throws ErrorResponseException 404 when no capture of the interface is running */
    synchronized CaptureView stop(String interfaceName) {
        MctpInterface iface = interfaces.named(interfaceName);
        Capture running = latestByInterface.get(iface.name());
        if (running == null || !running.stop(StopReason.REQUESTED)) {
            throw problem(HttpStatus.NOT_FOUND, "No capture running", "Interface " + iface.name()
                    + " is not being captured" + (running == null ? "" : " (capture " + running.id() + " has stopped)")
                    + "; start one with POST /api/interfaces/" + iface.name() + "/capture, list them with GET /api/captures");
        }
        return running.view();
    }

    /** This run's captures and the files in the directory, newest first. */
    synchronized List<CaptureView> list() {
        Map<String, CaptureView> views = new LinkedHashMap<>();
        byId.values().forEach(c -> views.put(c.id(), c.view()));
        for (Path f : files.list()) {
            String id = CaptureFiles.idOf(f).orElseThrow();
            if (!views.containsKey(id)) {
                try {
                    views.put(id, CaptureFiles.describe(f));
                } catch (UncheckedIOException e) {
                    // deleted while we listed: not there any more
                }
            }
        }
        List<CaptureView> list = new ArrayList<>(views.values());
        list.sort(Comparator.comparing(CaptureView::startedAt, Comparator.nullsFirst(Comparator.<java.time.Instant>naturalOrder()))
                .thenComparing(CaptureView::id).reversed());
        return list;
    }

    /** @throws ErrorResponseException 404 naming where to list the ids */
    synchronized CaptureView find(String id) {
        Capture c = byId.get(id);
        if (c != null) {
            return c.view();
        }
        return CaptureFiles.describe(file(id).path());
    }

    /** The file of a capture and how many of its bytes are whole blocks (all of it once stopped). */
    synchronized Download file(String id) {
        Capture c = byId.get(id);
        if (c != null) {
            return new Download(c.file(), c.isRunning() ? c.bytes() : -1);
        }
        Path path = files.find(id).orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "Unknown capture",
                "No capture '" + id + "'; list them with GET /api/captures"));
        return new Download(path, -1);
    }

    /** A file to send: {@code length} bytes of it, or all of it when negative. */
    record Download(Path path, long length) {
    }

    /** Closes every running capture, so each file is valid after shutdown. */
    @Override
    public synchronized void destroy() {
        byId.values().forEach(c -> c.stop(StopReason.SHUTDOWN));
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        return new ErrorResponseException(status, p, null);
    }
}
