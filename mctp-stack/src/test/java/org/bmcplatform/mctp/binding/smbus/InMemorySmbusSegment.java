package org.bmcplatform.mctp.binding.smbus;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * An SMBus segment in memory for tests: ports attach at a 7-bit address; a block write is delivered
 * to the port at the destination byte's address on the scheduler (never on the writer's stack), and
 * fails with TRANSMIT_FAILED when nobody is attached there (no acknowledge). A target that serves block
 * reads ({@link #serveBlockReads}) answers them with what it drives on the wire; the master takes the byte
 * count, the data and, when it reads a PEC, the next byte (0xFF, the idle bus, if the target sends none).
 */
public final class InMemorySmbusSegment {
    private final Scheduler scheduler;
    private final Map<Integer, Port> ports = new ConcurrentHashMap<>();

    public InMemorySmbusSegment(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public SmbusPort attach(int address7) {
        Port p = new Port(address7);
        if (ports.putIfAbsent(address7, p) != null) {
            throw new IllegalStateException("address 0x" + Integer.toHexString(address7) + " already attached");
        }
        return p;
    }

    /**
     * Makes the port at {@code address7} answer SMBus block reads: {@code target} gives, for a command code, what
     * the device sends after the repeated start (byte count, data, its PEC if it sends one), or empty to NACK the
     * command code.
     */
    public void serveBlockReads(int address7, IntFunction<Optional<Bytes>> target) {
        ports.get(address7).blockReads = target;
    }

    /** Delivers raw bytes to the port at an address as if they came off the wire (garbage tests). */
    public void inject(int address7, Bytes frame) {
        Port p = ports.get(address7);
        scheduler.execute(() -> p.deliver(frame));
    }

    private final class Port implements SmbusPort {
        private final int address;
        private volatile Consumer<Bytes> receiver;
        private volatile IntFunction<Optional<Bytes>> blockReads;
        private volatile boolean closed;

        Port(int address) {
            this.address = address;
        }

        @Override
        public int address() {
            return address;
        }

        @Override
        public void start(Consumer<Bytes> frameReceiver) {
            this.receiver = frameReceiver;
        }

        void deliver(Bytes frame) {
            Consumer<Bytes> r = receiver;
            if (!closed && r != null) {
                r.accept(frame);
            }
        }

        @Override
        public CompletionStage<Void> write(Bytes frame) {
            if (closed) {
                return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.BINDING_DOWN, "port closed"));
            }
            Port target = frame.isEmpty() ? null : ports.get(frame.get(0) >>> 1);
            if (target == null || target.closed) {
                return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.TRANSMIT_FAILED,
                        "no acknowledge from the destination address"));
            }
            scheduler.execute(() -> target.deliver(frame));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Bytes> blockRead(int address7, int commandCode, boolean pec) {
            if (closed) {
                return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.BINDING_DOWN, "port closed"));
            }
            Port target = ports.get(address7);
            IntFunction<Optional<Bytes>> serving = target == null || target.closed ? null : target.blockReads;
            Optional<Bytes> driven = serving == null ? Optional.empty() : serving.apply(commandCode);
            if (driven.isEmpty() || driven.get().isEmpty()) {
                return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.TRANSMIT_FAILED,
                        "no acknowledge from 0x" + Integer.toHexString(address7)));
            }
            Bytes sent = driven.get();
            int wanted = 1 + sent.get(0) + (pec ? 1 : 0);
            byte[] read = new byte[wanted];
            java.util.Arrays.fill(read, (byte) 0xFF);
            sent.slice(0, Math.min(wanted, sent.length())).copyTo(read, 0);
            return CompletableFuture.completedFuture(Bytes.wrap(read));
        }

        @Override
        public void close() {
            closed = true;
            ports.remove(address, this);
        }
    }
}
