package org.bmcplatform.app.capture;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.capture.CapturedPacket;
import org.bmcplatform.mctp.capture.PacketTap;
import org.bmcplatform.mctp.capture.PcapngWriter;
import org.bmcplatform.mctp.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One capture of this run: a tap on one interface feeding a {@link PcapngWriter}. It stops itself
 * when the writer reaches a limit of its settings, when its time limit passes, or when a write
 * fails; stopping removes the tap, then closes the file, so the file always ends with a whole block.
 */
final class Capture implements PacketTap {
    private static final Logger log = LoggerFactory.getLogger(Capture.class);

    private final String id;
    private final MctpInterface iface;
    private final Path file;
    private final Instant startedAt;
    private final CaptureLimits limits;
    private final Scheduler scheduler;
    /** Null once stopped, so a finished capture does not keep the writer's buffer. */
    private volatile PcapngWriter writer;
    private volatile long packets;
    private volatile long bytes;
    private Scheduler.Cancellable timer;
    private volatile CaptureState state = CaptureState.RUNNING;
    private volatile StopReason stopReason;
    private volatile Instant stoppedAt;

    private Capture(String id, MctpInterface iface, Path file, CaptureLimits limits, PcapngWriter writer,
                    Scheduler scheduler) {
        this.id = id;
        this.iface = iface;
        this.file = file;
        this.startedAt = scheduler.now();
        this.limits = limits;
        this.writer = writer;
        this.scheduler = scheduler;
    }

    /** Writes the section header to {@code out} (the new file), then taps the interface. */
    static Capture start(String id, MctpInterface iface, Path file, OutputStream out, CaptureLimits limits,
                         long byteCap, Scheduler scheduler) throws IOException {
        Capture c = new Capture(id, iface, file, limits, new PcapngWriter(out, limits.settings(byteCap)), scheduler);
        Duration duration = limits.duration();
        synchronized (c) {
            if (duration != null) {
                c.timer = scheduler.schedule(duration, () -> c.stop(StopReason.TIME_LIMIT));
            }
            iface.addTap(c);
        }
        return c;
    }

    @Override
    public void onPacket(CapturedPacket packet) {
        PcapngWriter writer = this.writer;
        if (writer == null) {
            return; // a packet path that read the taps before this one was removed
        }
        try {
            writer.onPacket(packet);
        } catch (RuntimeException e) {
            log.warn("capture {} of {} failed writing {}: {}", id, iface.name(), file, e.toString());
            finish(CaptureState.FAILED, StopReason.WRITE_FAILED);
            throw e; // the interface counts the failed tap
        }
        if (writer.isFull()) {
            stop(writer.packetsWritten() >= limitOf(limits.maxPackets()) ? StopReason.PACKET_LIMIT : StopReason.BYTE_LIMIT);
        }
    }

    /** Stops a running capture and closes its file; false if it had stopped already. */
    boolean stop(StopReason reason) {
        return finish(CaptureState.STOPPED, reason);
    }

    private synchronized boolean finish(CaptureState end, StopReason reason) {
        if (state != CaptureState.RUNNING) {
            return false;
        }
        PcapngWriter writer = this.writer;
        iface.removeTap(this);
        if (timer != null) {
            timer.cancel();
        }
        try {
            writer.close();
        } catch (IOException e) {
            log.warn("capture {}: closing {} failed: {}", id, file, e.toString());
            end = CaptureState.FAILED;
            reason = StopReason.WRITE_FAILED;
        }
        packets = writer.packetsWritten();
        bytes = writer.bytesWritten();
        this.writer = null;
        stoppedAt = scheduler.now();
        stopReason = reason;
        state = end;
        log.info("capture {} of {} stopped ({}): {} packets, {} bytes in {}", id, iface.name(), reason, packets, bytes, file);
        return true;
    }

    private static long limitOf(Long limit) {
        return limit == null ? Long.MAX_VALUE : limit;
    }

    String id() {
        return id;
    }

    String interfaceName() {
        return iface.name();
    }

    Path file() {
        return file;
    }

    boolean isRunning() {
        return state == CaptureState.RUNNING;
    }

    /** Bytes of whole blocks in the file: what a download of a running capture may read. */
    long bytes() {
        PcapngWriter w = writer;
        return w == null ? bytes : w.bytesWritten();
    }

    synchronized CaptureView view() {
        PcapngWriter w = writer;
        return new CaptureView(id, iface.name(), file.getFileName().toString(), startedAt, stoppedAt,
                w == null ? packets : w.packetsWritten(), w == null ? bytes : w.bytesWritten(), state, stopReason, limits);
    }

    @Override
    public String toString() {
        return "capture " + id;
    }
}
