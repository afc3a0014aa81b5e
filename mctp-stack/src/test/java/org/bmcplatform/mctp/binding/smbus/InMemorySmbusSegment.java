package org.bmcplatform.mctp.binding.smbus;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * An SMBus segment in memory for tests: ports attach at a 7-bit address; a block write is delivered
 * to the port at the destination byte's address on the scheduler (never on the writer's stack), and
 * fails with TRANSMIT_FAILED when nobody is attached there (no acknowledge).
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

    /** Delivers raw bytes to the port at an address as if they came off the wire (garbage tests). */
    public void inject(int address7, Bytes frame) {
        Port p = ports.get(address7);
        scheduler.execute(() -> p.deliver(frame));
    }

    private final class Port implements SmbusPort {
        private final int address;
        private volatile Consumer<Bytes> receiver;
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
        public void close() {
            closed = true;
            ports.remove(address, this);
        }
    }
}
