package org.bmcplatform.mctp.kernel;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.DropReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receive loop of one AF_MCTP socket, on its own thread: waits a slice at a time for a datagram and
 * hands it on, until its owner is finished and nothing more is queued; then closes the socket. The
 * thread that reads is the only one that closes, so a descriptor is never reused under a poll. Failures
 * are counted (RECEIVE_FAILED, MESSAGE_TOO_LARGE, HANDLER_FAILED) and never end the loop, unless the
 * socket keeps failing.
 */
final class SocketReader implements Runnable {
    /** How long one wait lasts: the most a finished socket stays open. */
    static final int SLICE_MILLIS = 100;
    /** Consecutive receive failures after which the socket is given up. */
    static final int MAX_CONSECUTIVE_FAILURES = 16;

    private static final Logger log = LoggerFactory.getLogger(SocketReader.class);

    private final MctpSockets sockets;
    private final int fd;
    private final String name;
    private final BooleanSupplier finished;
    private final Consumer<MctpSockets.Datagram> sink;
    private final Runnable onClose;
    private final DropCounters drops;

    /**
     * @param finished asked after every empty wait: true ends the loop
     * @param sink     gets every datagram, on the reader's thread
     * @param onClose  runs once the loop is over, and must close the socket
     */
    SocketReader(MctpSockets sockets, int fd, String name, BooleanSupplier finished, Consumer<MctpSockets.Datagram> sink,
                 Runnable onClose, DropCounters drops) {
        this.sockets = sockets;
        this.fd = fd;
        this.name = name;
        this.finished = finished;
        this.sink = sink;
        this.onClose = onClose;
        this.drops = drops;
    }

    @Override
    public void run() {
        int failures = 0;
        try {
            while (true) {
                Optional<MctpSockets.Datagram> d;
                try {
                    d = sockets.receive(fd, SLICE_MILLIS);
                    failures = 0;
                } catch (SyscallException e) {
                    drops.count(e.errno() == Errno.EMSGSIZE ? DropReason.MESSAGE_TOO_LARGE : DropReason.RECEIVE_FAILED);
                    if (e.errno() == Errno.EBADF || ++failures >= MAX_CONSECUTIVE_FAILURES) {
                        log.error("giving up on the AF_MCTP socket for {}: {}", name, e.getMessage());
                        return;
                    }
                    log.debug("receive on the AF_MCTP socket for {} failed: {}", name, e.getMessage());
                    continue;
                }
                if (d.isPresent()) {
                    deliver(d.get());
                } else if (finished.getAsBoolean()) {
                    return;
                }
            }
        } finally {
            onClose.run();
        }
    }

    private void deliver(MctpSockets.Datagram d) {
        try {
            sink.accept(d);
        } catch (RuntimeException e) {
            drops.count(DropReason.HANDLER_FAILED);
            log.warn("handling a datagram from {} on the socket for {} failed", d.from(), name, e);
        }
    }
}
