package org.bmcplatform.mctp.binding.astlpc;

import java.time.Duration;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * An in-memory KCS register pair (ODR, IDR, STR) with both sides' ports, as the hardware behaves
 * (STYLE.md rule 16): a data write sets OBF (BMC) or IBF (host), the other side's read clears it, and
 * the other side is notified on the {@link Scheduler} after the access latency (zero by default: the
 * next scheduler turn). device-sim sets a latency to charge the KCS/LPC handshake time.
 * Status writes do not notify, like the hardware (that is why astlpc writes a dummy 0xFF after one).
 */
public final class KcsPair {
    private final Scheduler scheduler;
    private final Duration accessLatency;
    private final Side bmc = new Side(AstLpcRole.BMC);
    private final Side host = new Side(AstLpcRole.HOST);
    private int odr;
    private int idr;
    private int status;
    private long dataWrites;

    private KcsPair(Scheduler scheduler, Duration accessLatency) {
        if (accessLatency.isNegative()) {
            throw new IllegalArgumentException("access latency must not be negative, was " + accessLatency);
        }
        this.scheduler = scheduler;
        this.accessLatency = accessLatency;
    }

    /** A pair notifying on the next scheduler turn. */
    public static KcsPair create(Scheduler scheduler) {
        return new KcsPair(scheduler, Duration.ZERO);
    }

    /** A pair notifying the other side {@code accessLatency} after each data-register access. */
    public static KcsPair create(Scheduler scheduler, Duration accessLatency) {
        return new KcsPair(scheduler, accessLatency);
    }

    /** The BMC's port. */
    public KcsPort bmc() {
        return bmc;
    }

    /** The host's port. */
    public KcsPort host() {
        return host;
    }

    /** STR as both sides see it. */
    public synchronized int status() {
        return status;
    }

    /** ODR (last byte the BMC wrote). */
    public synchronized int odr() {
        return odr;
    }

    /** IDR (last byte the host wrote). */
    public synchronized int idr() {
        return idr;
    }

    /** Data-register writes by either side so far (for handshake accounting). */
    public synchronized long dataWrites() {
        return dataWrites;
    }

    private void signal(Side target) {
        Runnable l = target.listener;
        if (l != null && !target.closed) {
            scheduler.schedule(accessLatency, () -> {
                if (!target.closed) {
                    l.run();
                }
            });
        }
    }

    private final class Side implements KcsPort {
        private final AstLpcRole role;
        private volatile Runnable listener;
        private volatile boolean closed;

        Side(AstLpcRole role) {
            this.role = role;
        }

        private Side other() {
            return role == AstLpcRole.BMC ? host : bmc;
        }

        @Override
        public AstLpcRole side() {
            return role;
        }

        @Override
        public int readStatus() {
            synchronized (KcsPair.this) {
                return status;
            }
        }

        @Override
        public int readData() {
            int v;
            synchronized (KcsPair.this) {
                if (role == AstLpcRole.BMC) {
                    v = idr;
                    status &= ~STATUS_IBF;
                } else {
                    v = odr;
                    status &= ~STATUS_OBF;
                }
            }
            signal(other());
            return v;
        }

        @Override
        public void writeData(int value) {
            synchronized (KcsPair.this) {
                if (role == AstLpcRole.BMC) {
                    odr = value & 0xFF;
                    status |= STATUS_OBF;
                } else {
                    idr = value & 0xFF;
                    status |= STATUS_IBF;
                }
                dataWrites++;
            }
            signal(other());
        }

        @Override
        public void writeStatus(int value) {
            if (role != AstLpcRole.BMC) {
                throw new UnsupportedOperationException("only the BMC writes the KCS status register");
            }
            synchronized (KcsPair.this) {
                int hardware = status & (STATUS_IBF | STATUS_COMMAND_DATA);
                int obf = value & status & STATUS_OBF;
                status = (value & ~(STATUS_IBF | STATUS_COMMAND_DATA | STATUS_OBF)) | hardware | obf;
            }
        }

        @Override
        public void start(Runnable l) {
            if (listener != null && !closed) {
                throw new IllegalStateException("KCS port already started");
            }
            // a closed side may be started again: a restarted BMC (or host) on the same registers
            listener = l;
            closed = false;
            int flag = role == AstLpcRole.BMC ? STATUS_IBF : STATUS_OBF;
            if ((readStatus() & flag) != 0) {
                signal(this); // written before we listened
            }
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public String toString() {
            return "kcs-pair:" + role.name().toLowerCase();
        }
    }
}
