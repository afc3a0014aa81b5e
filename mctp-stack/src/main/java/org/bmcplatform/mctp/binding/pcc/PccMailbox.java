package org.bmcplatform.mctp.binding.pcc;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * The in-memory PCC backend (STYLE.md rule 16): an initiator (type 3) and a responder (type 4)
 * subspace in the JVM's heap, each with its command complete and error status flags, seen from both
 * ends. A doorbell or platform interrupt reaches the other end on the {@link Scheduler} after the
 * modelled latency, never on the signalling thread, so virtual-time runs are deterministic.
 */
public final class PccMailbox {
    /** Subspace ids used by {@link #pair(Scheduler, Duration)}, as in the DSP0292 example (outbox 2, inbox 3). */
    public static final int DEFAULT_INITIATOR_ID = 2;
    public static final int DEFAULT_RESPONDER_ID = 3;
    /** One page per subspace, the usual firmware choice: MTU 4080. */
    public static final int DEFAULT_SHARED_MEMORY_SIZE = 4096;

    private PccMailbox() {
    }

    /** Both ends of a channel over subspaces 2 (initiator) and 3 (responder) of 4096 bytes each. */
    public static Pair pair(Scheduler scheduler, Duration doorbellLatency) {
        return pair(scheduler, doorbellLatency, DEFAULT_INITIATOR_ID, DEFAULT_RESPONDER_ID, DEFAULT_SHARED_MEMORY_SIZE);
    }

    /**
     * Both ends of a channel.
     *
     * @param doorbellLatency  time from a doorbell or platform interrupt to the other end's notification
     * @param sharedMemorySize bytes per subspace (header included); PccBinding needs at least 84
     */
    public static Pair pair(Scheduler scheduler, Duration doorbellLatency, int initiatorId, int responderId,
            int sharedMemorySize) {
        if (doorbellLatency.isNegative()) {
            throw new IllegalArgumentException("doorbell latency must not be negative: " + doorbellLatency);
        }
        if (initiatorId == responderId) {
            throw new IllegalArgumentException("initiator and responder need distinct subspace ids, both were " + initiatorId);
        }
        if (sharedMemorySize < 8) {
            throw new IllegalArgumentException("shared memory must be at least 8 bytes, was " + sharedMemorySize);
        }
        Shared initiator = new Shared(scheduler, doorbellLatency, initiatorId, PccSubspace.Type.INITIATOR, sharedMemorySize);
        Shared responder = new Shared(scheduler, doorbellLatency, responderId, PccSubspace.Type.RESPONDER, sharedMemorySize);
        return new Pair(initiator, responder);
    }

    /** The two ends of one in-memory channel. */
    public static final class Pair {
        private final Shared initiator;
        private final Shared responder;
        private final PccChannel ospm;
        private final PccChannel platform;

        private Pair(Shared initiator, Shared responder) {
            this.initiator = initiator;
            this.responder = responder;
            this.ospm = new PccChannel(initiator.ends.get(PccRole.OSPM), responder.ends.get(PccRole.OSPM));
            this.platform = new PccChannel(initiator.ends.get(PccRole.PLATFORM), responder.ends.get(PccRole.PLATFORM));
        }

        /** The host's end: transmits on the initiator, receives on the responder. */
        public PccChannel ospm() {
            return ospm;
        }

        /** The platform controller's end. */
        public PccChannel platform() {
            return platform;
        }

        /** The end playing {@code role}. */
        public PccChannel end(PccRole role) {
            return role == PccRole.OSPM ? ospm : platform;
        }

        /**
         * Posts raw bytes on the initiator subspace as OSPM would (write from offset 0, clear command
         * complete, ring the doorbell), for garbage and fault tests towards the platform.
         */
        public void injectTowardsPlatform(Bytes raw) {
            initiator.post(raw, PccRole.OSPM);
        }

        /**
         * Posts raw bytes on the responder subspace as the platform would (write from offset 0, clear
         * command complete, raise the platform interrupt), for garbage and fault tests towards OSPM.
         */
        public void injectTowardsOspm(Bytes raw) {
            responder.post(raw, PccRole.PLATFORM);
        }
    }

    /** One subspace's memory and flags, shared by its two ends. */
    private static final class Shared {
        final Scheduler scheduler;
        final Duration latency;
        final int id;
        final PccSubspace.Type type;
        final byte[] memory;
        final Map<PccRole, End> ends = new EnumMap<>(PccRole.class);
        boolean commandComplete = true; // both buffers start free (ACPI 6.4 §14.1.6)
        boolean error;

        Shared(Scheduler scheduler, Duration latency, int id, PccSubspace.Type type, int size) {
            this.scheduler = scheduler;
            this.latency = latency;
            this.id = id;
            this.type = type;
            this.memory = new byte[size];
            for (PccRole r : PccRole.values()) {
                ends.put(r, new End(this, r));
            }
        }

        void post(Bytes raw, PccRole sender) {
            End end = ends.get(sender);
            end.write(0, raw.length() > memory.length ? raw.slice(0, memory.length) : raw);
            synchronized (this) {
                commandComplete = false;
            }
            end.notifyPeer();
        }
    }

    /** One end's handle on a shared subspace. */
    private static final class End implements PccSubspace {
        private final Shared shared;
        private final PccRole role;
        private volatile Runnable listener;
        private volatile boolean open = true;

        End(Shared shared, PccRole role) {
            this.shared = shared;
            this.role = role;
        }

        @Override
        public int id() {
            return shared.id;
        }

        @Override
        public Type type() {
            return shared.type;
        }

        @Override
        public PccRole role() {
            return role;
        }

        @Override
        public int size() {
            return shared.memory.length;
        }

        @Override
        public Bytes read(int offset, int length) {
            checkRange(offset, length);
            synchronized (shared) {
                return Bytes.of(shared.memory, offset, length);
            }
        }

        @Override
        public void write(int offset, Bytes data) {
            checkRange(offset, data.length());
            synchronized (shared) {
                data.copyTo(shared.memory, offset);
            }
        }

        private void checkRange(int offset, int length) {
            if (offset < 0 || length < 0 || offset > shared.memory.length - length) {
                throw new IndexOutOfBoundsException("PCC subspace " + shared.id + ": " + length + " bytes at offset " + offset
                        + " are outside its " + shared.memory.length + "-byte shared memory");
            }
        }

        @Override
        public boolean commandComplete() {
            synchronized (shared) {
                return shared.commandComplete;
            }
        }

        @Override
        public void setCommandComplete(boolean complete) {
            boolean sender = role == shared.type.sender();
            if (complete == sender) {
                throw new IllegalStateException(role + " " + (complete ? "sets" : "clears") + " command complete only on "
                        + (complete ? "the subspace it receives on" : "the subspace it sends on") + "; subspace "
                        + shared.id + " is " + shared.type);
            }
            synchronized (shared) {
                shared.commandComplete = complete;
            }
        }

        @Override
        public void notifyPeer() {
            End peer = shared.ends.get(role.peer());
            shared.scheduler.schedule(shared.latency, peer::fire);
        }

        private void fire() {
            Runnable l = listener;
            if (open && l != null) {
                l.run();
            }
        }

        @Override
        public void acknowledgeNotification() {
            // an in-memory interrupt needs no acknowledge
        }

        @Override
        public boolean errorStatus() {
            synchronized (shared) {
                return shared.error;
            }
        }

        @Override
        public void setErrorStatus(boolean error) {
            if (error && role == PccRole.OSPM) {
                throw new IllegalStateException("only the platform reports errors; OSPM clears the error status");
            }
            synchronized (shared) {
                shared.error = error;
            }
        }

        @Override
        public void start(Runnable onNotification) {
            if (listener != null) {
                throw new IllegalStateException("PCC subspace " + shared.id + " already started for " + role);
            }
            listener = onNotification;
            shared.scheduler.execute(this::fire); // see anything posted before we listened
        }

        @Override
        public boolean isAvailable() {
            return open && shared.ends.get(role.peer()).open;
        }

        @Override
        public void close() {
            open = false;
        }

        @Override
        public String toString() {
            return "pcc-mailbox subspace " + shared.id + " (" + shared.type + ", " + role + ")";
        }
    }
}
