package org.bmcplatform.mctp.binding.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.binding.BindingSpec;
import org.bmcplatform.mctp.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tty device as a {@link SerialLine}, through jSerialComm: a UART ({@code /dev/ttyS1}), a USB
 * adapter ({@code /dev/ttyUSB0}), a pseudo-terminal ({@code /dev/pts/3}) or a symlink to one. One reader
 * thread per open device pushes received bytes; writes run one after another on a writer thread.
 * <p>
 * A device that is missing at start or disappears later (read error, adapter unplugged, pty closed)
 * does not end the line: it reports not connected, writes fail with BINDING_DOWN, and the device is
 * opened again every {@link SerialPortSettings#reconnectInterval()} (timers on the injected
 * {@link Scheduler}) until it is back; the path is resolved afresh each time, so a symlink that now
 * points at another pty is followed. The first failure of an outage is logged once at WARN with what
 * to do, and kept in {@link #lastError()}.
 */
public final class JSerialCommLine implements SerialLine {
    private static final Logger log = LoggerFactory.getLogger(JSerialCommLine.class);
    /** How long one read waits for bytes before looking at the closed flag again. */
    private static final int READ_POLL_MS = 100;
    private static final int READ_BUFFER = 4096;

    private final String device;
    private final SerialPortSettings settings;
    private final Scheduler scheduler;
    private final ExecutorService writer;
    private final Object lock = new Object();
    private final AtomicLong reconnects = new AtomicLong();
    private volatile Consumer<Bytes> receiver;
    private volatile SerialPort port;
    private volatile boolean closed;
    private volatile String lastError;
    private Thread reader;
    private Scheduler.Cancellable retry;
    private boolean outageLogged;

    public JSerialCommLine(String device, SerialPortSettings settings, Scheduler scheduler) {
        if (device == null || device.isBlank()) {
            throw new IllegalArgumentException("serial device path must not be empty");
        }
        this.device = device;
        this.settings = settings;
        this.scheduler = scheduler;
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "serial-tx " + device);
            t.setDaemon(true);
            return t;
        });
        if (settings.flow() == SerialPortSettings.FlowControl.XON_XOFF) {
            log.warn("serial device {} uses XON/XOFF flow control: DSP0253 does not escape 0x11/0x13, so packets "
                    + "carrying them will be corrupted; prefer rts-cts or none", device);
        }
    }

    /**
     * A line from a spec string {@code serial:/dev/ttyUSB0?baud=115200&data-bits=8&parity=none&stop-bits=1&flow=none&reconnect-ms=1000}
     * (every option optional; see {@link SerialPortSettings#fromSpec}). Not opened until started.
     *
     * @throws IllegalArgumentException naming the option when the spec is not a valid serial spec
     */
    public static JSerialCommLine open(BindingSpec spec, Scheduler scheduler) {
        if (!"serial".equals(spec.scheme())) {
            throw new IllegalArgumentException("backend '" + spec + "' is not a serial device; write e.g. 'serial:/dev/ttyUSB0?baud=115200'");
        }
        if (spec.path().isEmpty()) {
            throw new IllegalArgumentException("backend 'serial' needs a device path, e.g. 'serial:/dev/ttyUSB0'");
        }
        return new JSerialCommLine(spec.path(), SerialPortSettings.fromSpec(spec), scheduler);
    }

    @Override
    public String name() {
        return device;
    }

    public SerialPortSettings settings() {
        return settings;
    }

    /** How many times the device was opened by a retry, after being lost or missing at start. */
    public long reconnects() {
        return reconnects.get();
    }

    /** Why the device could not be opened or was lost, while it is not connected. */
    public Optional<String> lastError() {
        return isConnected() ? Optional.empty() : Optional.ofNullable(lastError);
    }

    /** Opens the device now; if that fails, says why once and keeps trying in the background. */
    @Override
    public void start(Consumer<Bytes> received) {
        synchronized (lock) {
            if (receiver != null) {
                throw new IllegalStateException("serial line " + device + " already started");
            }
            receiver = received;
        }
        attemptOpen(false);
    }

    private void attemptOpen(boolean isRetry) {
        synchronized (lock) {
            retry = null;
            if (closed || port != null) {
                return;
            }
            SerialPort p;
            try {
                p = TtyDevice.open(device, settings, READ_POLL_MS);
            } catch (TtyDevice.OpenFailure e) {
                failed(e.getMessage());
                return;
            }
            if (isRetry) {
                reconnects.incrementAndGet();
                log.info("serial device {} is back", device);
            }
            outageLogged = false;
            lastError = null;
            port = p;
            reader = new Thread(() -> readLoop(p), "serial-rx " + device);
            reader.setDaemon(true);
            reader.start();
        }
    }

    /**
     * Records why the device is not usable and schedules the next attempt. An outage is logged once at
     * WARN; a change of reason at INFO; repeats at DEBUG.
     */
    private void failed(String why) {
        if (!outageLogged) {
            log.warn("{}; retrying every {} ms", why, settings.reconnectInterval().toMillis());
        } else if (!why.equals(lastError)) {
            log.info("{}; still retrying", why);
        } else {
            log.debug("{}", why);
        }
        lastError = why;
        outageLogged = true;
        if (!closed) {
            retry = scheduler.schedule(settings.reconnectInterval(), () -> attemptOpen(true));
        }
    }

    private void readLoop(SerialPort p) {
        byte[] buffer = new byte[READ_BUFFER];
        while (!closed) {
            int n = p.readBytes(buffer, buffer.length);
            if (n < 0) {
                break;
            }
            if (n > 0) {
                Consumer<Bytes> r = receiver;
                try {
                    r.accept(Bytes.of(buffer, 0, n));
                } catch (RuntimeException e) {
                    log.warn("receiver on serial device {} failed", device, e);
                }
            }
        }
        p.closePort();
        synchronized (lock) {
            if (!closed) {
                // the reason first, so whoever sees the line disconnected also sees why
                failed("serial device " + device + " disconnected (read failed: device gone or closed)");
            }
            port = null;
            reader = null;
        }
    }

    @Override
    public CompletionStage<Void> write(Bytes bytes) {
        if (closed) {
            return down("serial line " + device + " is closed");
        }
        if (port == null) {
            return down("serial device " + device + " is not connected" + Optional.ofNullable(lastError).map(e -> " (" + e + ")").orElse(""));
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            writer.execute(() -> writeNow(bytes, done));
        } catch (RejectedExecutionException e) {
            return down("serial line " + device + " is closed");
        }
        return done;
    }

    private void writeNow(Bytes bytes, CompletableFuture<Void> done) {
        SerialPort p = port;
        if (closed || p == null) {
            done.completeExceptionally(new MctpException(MctpException.Reason.BINDING_DOWN,
                    "serial device " + device + " is not connected"));
            return;
        }
        byte[] data = bytes.toArray();
        int offset = 0;
        while (offset < data.length) {
            int n = p.writeBytes(data, data.length - offset, offset);
            if (n <= 0) {
                break;
            }
            offset += n;
        }
        if (offset == data.length) {
            done.complete(null);
        } else if (closed || port != p || p.bytesAvailable() < 0) {
            done.completeExceptionally(new MctpException(MctpException.Reason.BINDING_DOWN,
                    "serial device " + device + " disconnected during a write"));
        } else {
            done.completeExceptionally(new MctpException(MctpException.Reason.TRANSMIT_FAILED,
                    "serial write to " + device + " stopped after " + offset + " of " + data.length
                            + " bytes (errno " + p.getLastErrorCode() + ")"));
        }
    }

    private static CompletionStage<Void> down(String why) {
        return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.BINDING_DOWN, why));
    }

    @Override
    public boolean isConnected() {
        return !closed && port != null;
    }

    /** Stops retrying, ends the reader (within one read poll) and closes the device. Idempotent. */
    @Override
    public void close() {
        Thread r;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (retry != null) {
                retry.cancel();
                retry = null;
            }
            r = reader;
        }
        writer.shutdown();
        if (r != null && r != Thread.currentThread()) {
            try {
                r.join(4L * READ_POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        SerialPort p = port;
        if (p != null) {
            p.closePort();
        }
    }

    @Override
    public String toString() {
        return "serial:" + device + (isConnected() ? "" : " (disconnected)");
    }
}
