package org.bmcplatform.mctp.binding.serial;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * A serial cable in memory (STYLE.md rule 16): two {@link SerialLine} ends, each direction a UART
 * that sends one write after another and takes {@code perByte} per byte on the wire. A write of n
 * bytes starts when the previous write in that direction has finished, and n x perByte later its
 * bytes arrive at the other end in one chunk and the write completes, both on the {@link Scheduler}
 * (never on the writer's stack; with {@link Duration#ZERO} on the scheduler's next turn). Virtual
 * time makes a run deterministic; real time models a UART's wire time.
 */
public final class SerialPipe {

    private SerialPipe() {
    }

    /**
     * The wire time of one byte at a baud rate with 8N1 framing: start bit, 8 data bits and stop bit,
     * i.e. 10 bit times, rounded to the nanosecond (115200 baud: 86.806 µs).
     */
    public static Duration byteTime(int baud) {
        if (baud <= 0) {
            throw new IllegalArgumentException("baud rate must be positive, was " + baud);
        }
        return Duration.ofNanos(Math.round(10e9 / baud));
    }

    /** A connected pair whose ends are named {@code pipe.a} and {@code pipe.b}. */
    public static Pair pair(Scheduler scheduler, Duration perByte) {
        return pair("pipe", scheduler, perByte);
    }

    /** A connected pair whose ends are named {@code name.a} and {@code name.b}. */
    public static Pair pair(String name, Scheduler scheduler, Duration perByte) {
        if (perByte == null || perByte.isNegative()) {
            throw new IllegalArgumentException("time per byte must be zero or positive, was " + perByte);
        }
        return new Pair(name, scheduler, perByte.toNanos());
    }

    /** Both ends of one cable, plus the cable itself (plug, unplug, noise). */
    public static final class Pair {
        private final Scheduler scheduler;
        private final long perByteNanos;
        private final End a;
        private final End b;
        private volatile boolean connected = true;
        /** Counts unplugs: bytes on the wire when the cable was pulled are lost even if it is plugged back. */
        private volatile long plugGeneration;

        private Pair(String name, Scheduler scheduler, long perByteNanos) {
            this.scheduler = scheduler;
            this.perByteNanos = perByteNanos;
            this.a = new End(name + ".a");
            this.b = new End(name + ".b");
            a.wire = new Wire(b);
            b.wire = new Wire(a);
        }

        public SerialLine a() {
            return a;
        }

        public SerialLine b() {
            return b;
        }

        /**
         * Puts raw bytes on the wire towards {@code end}, as a noisy line or a misbehaving peer would:
         * they queue behind what the other end is sending, take wire time like a write and arrive at
         * {@code end} unframed.
         */
        public void injectInto(SerialLine end, Bytes raw) {
            end(end).peer().wire.send(raw, new CompletableFuture<>());
        }

        /**
         * Plugs or unplugs the cable. Unplugged, both ends report not connected, writes fail with
         * BINDING_DOWN and bytes already on the wire are lost.
         */
        public void setConnected(boolean plugged) {
            synchronized (this) {
                if (!plugged && connected) {
                    plugGeneration++;
                }
                connected = plugged;
            }
        }

        public boolean isConnected() {
            return connected;
        }

        private End end(SerialLine line) {
            if (line == a || line == b) {
                return (End) line;
            }
            throw new IllegalArgumentException(line + " is not an end of this pipe");
        }

        /** One direction: a UART sending to {@code target}. */
        private final class Wire {
            private final End target;
            private final Queue<Transfer> inFlight = new ArrayDeque<>();
            private long busyUntilNanos = Long.MIN_VALUE;

            Wire(End target) {
                this.target = target;
            }

            void send(Bytes bytes, CompletableFuture<Void> done) {
                long delay;
                synchronized (this) {
                    long now = scheduler.nanoTime();
                    long start = Math.max(now, busyUntilNanos);
                    busyUntilNanos = start + bytes.length() * perByteNanos;
                    delay = busyUntilNanos - now;
                    inFlight.add(new Transfer(bytes, done, plugGeneration));
                }
                scheduler.schedule(Duration.ofNanos(delay), this::arriveNext);
            }

            /**
             * Delivers the oldest transfer. Tasks may run on several threads; each takes the head of
             * the queue under the target's lock, so bytes arrive and writes complete in order.
             */
            private void arriveNext() {
                synchronized (target.deliveryLock) {
                    Transfer t;
                    synchronized (this) {
                        t = inFlight.poll();
                    }
                    if (t == null) {
                        return;
                    }
                    try {
                        if (connected && t.generation == plugGeneration) {
                            target.deliver(t.bytes);
                        }
                    } finally {
                        t.done.complete(null);
                    }
                }
            }
        }

        private record Transfer(Bytes bytes, CompletableFuture<Void> done, long generation) {
        }

        private final class End implements SerialLine {
            private final String name;
            private final Object deliveryLock = new Object();
            private Wire wire;
            private volatile Consumer<Bytes> receiver;
            private volatile boolean closed;

            End(String name) {
                this.name = name;
            }

            End peer() {
                return this == a ? b : a;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public void start(Consumer<Bytes> received) {
                synchronized (deliveryLock) {
                    if (receiver != null) {
                        throw new IllegalStateException(name + " already started");
                    }
                    receiver = received;
                }
            }

            /** Bytes reaching a closed or not yet started end are lost, as on a port nobody reads. */
            void deliver(Bytes bytes) {
                Consumer<Bytes> r = receiver;
                if (!closed && r != null) {
                    r.accept(bytes);
                }
            }

            @Override
            public CompletionStage<Void> write(Bytes bytes) {
                if (closed) {
                    return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.BINDING_DOWN,
                            "serial line " + name + " is closed"));
                }
                if (!connected) {
                    return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.BINDING_DOWN,
                            "serial line " + name + " is disconnected"));
                }
                CompletableFuture<Void> done = new CompletableFuture<>();
                wire.send(bytes, done);
                return done;
            }

            @Override
            public boolean isConnected() {
                return connected && !closed;
            }

            @Override
            public void close() {
                closed = true;
            }

            @Override
            public String toString() {
                return name;
            }
        }
    }
}
