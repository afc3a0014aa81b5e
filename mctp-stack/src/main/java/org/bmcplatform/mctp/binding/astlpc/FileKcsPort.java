package org.bmcplatform.mctp.binding.astlpc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * A KCS register pair emulated in shared memory (a mapped file), polled: five big-endian 32-bit cells,
 * each written with volatile semantics so the window contents written before a flag are visible
 * before it. {@code +0} ODR, {@code +4} IDR, {@code +8} STR software bits (BMC only), {@code +12} OBF,
 * {@code +16} IBF. OBF is set only by the BMC's data write and cleared by the host's read (or a BMC
 * status write without OBF); IBF likewise the other way, so no cell has two writers at once.
 */
final class FileKcsPort implements KcsPort {
    private static final VarHandle CELL = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final int ODR = 0;
    private static final int IDR = 4;
    private static final int STR = 8;
    private static final int OBF = 12;
    private static final int IBF = 16;

    private final ByteBuffer cells;
    private final AstLpcRole side;
    private final Scheduler scheduler;
    private final Duration pollInterval;
    private final Runnable onClose;
    private volatile Runnable listener;
    private volatile boolean closed;
    private volatile Scheduler.Cancellable next;
    private boolean lastWritable;

    FileKcsPort(ByteBuffer cells, AstLpcRole side, Scheduler scheduler, Duration pollInterval, Runnable onClose) {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("poll interval must be positive, was " + pollInterval);
        }
        this.cells = cells;
        this.side = side;
        this.scheduler = scheduler;
        this.pollInterval = pollInterval;
        this.onClose = onClose;
    }

    private int get(int cell) {
        return (int) CELL.getVolatile(cells, cell);
    }

    private void set(int cell, int value) {
        CELL.setVolatile(cells, cell, value);
    }

    @Override
    public AstLpcRole side() {
        return side;
    }

    @Override
    public int readStatus() {
        return (get(STR) & ~(STATUS_OBF | STATUS_IBF | STATUS_COMMAND_DATA))
                | (get(OBF) != 0 ? STATUS_OBF : 0) | (get(IBF) != 0 ? STATUS_IBF : 0);
    }

    @Override
    public int readData() {
        if (side == AstLpcRole.BMC) {
            int v = get(IDR);
            set(IBF, 0);
            return v & 0xFF;
        }
        int v = get(ODR);
        set(OBF, 0);
        return v & 0xFF;
    }

    @Override
    public void writeData(int value) {
        if (side == AstLpcRole.BMC) {
            set(ODR, value & 0xFF);
            set(OBF, 1);
        } else {
            set(IDR, value & 0xFF);
            set(IBF, 1);
        }
    }

    @Override
    public void writeStatus(int value) {
        if (side != AstLpcRole.BMC) {
            throw new UnsupportedOperationException("only the BMC writes the KCS status register");
        }
        set(STR, value & ~(STATUS_OBF | STATUS_IBF | STATUS_COMMAND_DATA) & 0xFF);
        if ((value & STATUS_OBF) == 0) {
            set(OBF, 0);
        }
    }

    @Override
    public void start(Runnable l) {
        if (listener != null) {
            throw new IllegalStateException("KCS port already started");
        }
        listener = l;
        lastWritable = false;
        next = scheduler.schedule(Duration.ZERO, this::tick);
    }

    /** Notifies when there is something to read, or our data register just became writable. */
    private void tick() {
        if (closed) {
            return;
        }
        int status = readStatus();
        boolean readable = (status & (side == AstLpcRole.BMC ? STATUS_IBF : STATUS_OBF)) != 0;
        boolean freed = writable(status) && !lastWritable;
        try {
            if (readable || freed) {
                listener.run();
            }
        } finally {
            // after the listener: its own data write makes the register busy until the peer reads it
            lastWritable = writable(readStatus());
            if (!closed) {
                next = scheduler.schedule(pollInterval, this::tick);
            }
        }
    }

    private boolean writable(int status) {
        return (status & (side == AstLpcRole.BMC ? STATUS_OBF : STATUS_IBF)) == 0;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Scheduler.Cancellable n = next;
            if (n != null) {
                n.cancel();
            }
            onClose.run();
        }
    }

    @Override
    public String toString() {
        return "kcs-file:" + side.name().toLowerCase();
    }
}
