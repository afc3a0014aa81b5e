package org.bmcplatform.mctp.binding.pcc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.bmcplatform.mctp.binding.BindingSpec;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * The memory-mapped file backend: one file holds a register area and the shared memories of an
 * initiator and a responder subspace (layout in the package documentation). Two processes, or two
 * stacks in one JVM, open the same file with opposite roles and talk; each end's watcher polls the
 * register words the other end bumps and notifies its subspaces. Spec:
 * {@code pcc-file:/run/bmc/pcc0?size=4096&role=ospm|platform&poll-us=200&initiator=2&responder=3}.
 */
public final class PccFile {
    /** "PCCF", read as a little-endian word. */
    static final int MAGIC = 0x46434350;
    static final int LAYOUT_VERSION = 1;
    static final int REGISTER_AREA = 0x40;
    static final int OFF_MAGIC = 0x00;
    static final int OFF_VERSION = 0x04;
    static final int OFF_SIZE = 0x08;
    static final int OFF_INITIATOR_ID = 0x0C;
    static final int OFF_RESPONDER_ID = 0x10;
    static final int OFF_OSPM_ATTACHED = 0x14;
    static final int OFF_PLATFORM_ATTACHED = 0x18;
    static final int OFF_INITIATOR_REGISTERS = 0x20;
    static final int OFF_RESPONDER_REGISTERS = 0x30;
    /** Within a subspace's register block. */
    static final int REG_DOORBELL = 0x0;
    static final int REG_PLATFORM_INTERRUPT = 0x4;
    static final int REG_COMMAND_COMPLETE = 0x8;
    static final int REG_ERROR_STATUS = 0xC;

    /** Default shared memory per subspace. */
    public static final int DEFAULT_SIZE = 4096;
    /** Default watcher poll interval. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofNanos(200_000);
    private static final Set<String> OPTIONS = Set.of("size", "role", "poll-us", "initiator", "responder");
    private static final VarHandle INT = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    /** FileChannel locks are per JVM: serialise opens within this one. */
    private static final Object OPEN_LOCK = new Object();
    /** Ends open in this JVM, as "real path|ROLE": the pid word cannot tell two of them apart. */
    private static final Set<String> OPEN_ENDS = new HashSet<>();

    private final Path path;
    private final String endKey;
    private final PccRole role;
    private final int size;
    private final MappedByteBuffer map;
    private final FileChannel file;
    private final Scheduler scheduler;
    private final Duration pollInterval;
    private final FileSubspace initiator;
    private final FileSubspace responder;
    private Scheduler.Cancellable nextPoll;
    private boolean closed;

    private PccFile(Path path, String endKey, PccRole role, int size, FileChannel file, MappedByteBuffer map, Scheduler scheduler,
            Duration pollInterval, int initiatorId, int responderId) {
        this.path = path;
        this.endKey = endKey;
        this.role = role;
        this.size = size;
        this.file = file;
        this.map = map;
        this.scheduler = scheduler;
        this.pollInterval = pollInterval;
        this.initiator = new FileSubspace(this, initiatorId, PccSubspace.Type.INITIATOR, OFF_INITIATOR_REGISTERS, REGISTER_AREA);
        this.responder = new FileSubspace(this, responderId, PccSubspace.Type.RESPONDER, OFF_RESPONDER_REGISTERS,
                REGISTER_AREA + size);
    }

    /** Opens the file named by a {@code pcc-file:} spec; the watcher runs on {@code scheduler}. */
    public static PccChannel open(BindingSpec spec, Scheduler scheduler) {
        if (!"pcc-file".equals(spec.scheme()) || spec.path().isEmpty()) {
            throw new IllegalArgumentException("expected 'pcc-file:/path/to/file?size=4096&role=ospm', was '" + spec + "'");
        }
        spec.onlyOptions(OPTIONS);
        int size = spec.intOption("size", DEFAULT_SIZE, 8, 1 << 24);
        PccRole role = PccRole.valueOf(spec.choiceOption("role", "ospm", Set.of("ospm", "platform")).toUpperCase(java.util.Locale.ROOT));
        int pollMicros = spec.intOption("poll-us", (int) (DEFAULT_POLL_INTERVAL.toNanos() / 1000), 1, 10_000_000);
        int initiatorId = spec.intOption("initiator", PccMailbox.DEFAULT_INITIATOR_ID, 0, 255);
        int responderId = spec.intOption("responder", PccMailbox.DEFAULT_RESPONDER_ID, 0, 255);
        return open(Path.of(spec.path()), size, role, Duration.ofNanos(pollMicros * 1000L), scheduler, initiatorId, responderId);
    }

    /**
     * Opens (creating and laying out when new) a channel file for one end.
     *
     * @throws IllegalStateException when the file cannot be opened, has another layout, or this role is
     *                               already attached by a live process
     */
    public static PccChannel open(Path path, int size, PccRole role, Duration pollInterval, Scheduler scheduler,
            int initiatorId, int responderId) {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("poll interval must be positive, was " + pollInterval);
        }
        if (initiatorId == responderId) {
            throw new IllegalArgumentException("initiator and responder need distinct subspace ids, both were " + initiatorId);
        }
        long total = REGISTER_AREA + 2L * size;
        synchronized (OPEN_LOCK) {
            FileChannel ch = null;
            try {
                ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
                MappedByteBuffer map;
                String key = endKey(path, role);
                try (FileLock lock = ch.lock()) {
                    long existing = ch.size();
                    if (existing != 0 && existing != total) {
                        throw new IllegalStateException("PCC channel file " + path + " is " + existing + " bytes, but size="
                                + size + " needs " + total + "; use the size it was created with or delete the file");
                    }
                    map = ch.map(FileChannel.MapMode.READ_WRITE, 0, total);
                    if (existing == 0 || (int) INT.getVolatile(map, OFF_MAGIC) == 0) {
                        layOut(map, size, initiatorId, responderId);
                    } else {
                        checkLayout(path, map, size, initiatorId, responderId);
                    }
                    attach(path, map, role, key);
                }
                PccFile f = new PccFile(path, key, role, size, ch, map, scheduler, pollInterval, initiatorId, responderId);
                f.schedulePoll(Duration.ZERO);
                return new PccChannel(f.initiator, f.responder);
            } catch (IOException e) {
                closeQuietly(ch);
                throw new IllegalStateException("cannot open PCC channel file " + path + ": " + e.getMessage()
                        + "; check the directory exists and is writable", e);
            } catch (RuntimeException e) {
                closeQuietly(ch);
                throw e;
            }
        }
    }

    private static void layOut(MappedByteBuffer map, int size, int initiatorId, int responderId) {
        INT.setVolatile(map, OFF_VERSION, LAYOUT_VERSION);
        INT.setVolatile(map, OFF_SIZE, size);
        INT.setVolatile(map, OFF_INITIATOR_ID, initiatorId);
        INT.setVolatile(map, OFF_RESPONDER_ID, responderId);
        // both buffers start free (ACPI 6.4 §14.1.6)
        INT.setVolatile(map, OFF_INITIATOR_REGISTERS + REG_COMMAND_COMPLETE, 1);
        INT.setVolatile(map, OFF_RESPONDER_REGISTERS + REG_COMMAND_COMPLETE, 1);
        INT.setVolatile(map, OFF_MAGIC, MAGIC);
    }

    private static void checkLayout(Path path, MappedByteBuffer map, int size, int initiatorId, int responderId) {
        int magic = (int) INT.getVolatile(map, OFF_MAGIC);
        int version = (int) INT.getVolatile(map, OFF_VERSION);
        if (magic != MAGIC || version != LAYOUT_VERSION) {
            throw new IllegalStateException(String.format("%s is not a PCC channel file of layout %d (magic 0x%08x, version %d);"
                    + " delete it or name another file", path, LAYOUT_VERSION, magic, version));
        }
        int fileSize = (int) INT.getVolatile(map, OFF_SIZE);
        int fileInitiator = (int) INT.getVolatile(map, OFF_INITIATOR_ID);
        int fileResponder = (int) INT.getVolatile(map, OFF_RESPONDER_ID);
        if (fileSize != size || fileInitiator != initiatorId || fileResponder != responderId) {
            throw new IllegalStateException("PCC channel file " + path + " was laid out with size=" + fileSize + ", initiator="
                    + fileInitiator + ", responder=" + fileResponder + "; open it with the same options");
        }
    }

    private static String endKey(Path path, PccRole role) throws IOException {
        return path.toRealPath() + "|" + role;
    }

    private static void attach(Path path, MappedByteBuffer map, PccRole role, String key) {
        int offset = attachedOffset(role);
        long holder = Integer.toUnsignedLong((int) INT.getVolatile(map, offset));
        long self = ProcessHandle.current().pid();
        boolean otherProcess = holder != 0 && holder != self && ProcessHandle.of(holder).map(ProcessHandle::isAlive).orElse(false);
        if (otherProcess || OPEN_ENDS.contains(key)) {
            throw new IllegalStateException("PCC channel file " + path + " already has a " + role.name().toLowerCase(java.util.Locale.ROOT)
                    + " end (process " + (otherProcess ? holder : self) + "); stop it or open the file with the other role");
        }
        INT.setVolatile(map, offset, (int) self);
        OPEN_ENDS.add(key);
    }

    private static int attachedOffset(PccRole role) {
        return role == PccRole.OSPM ? OFF_OSPM_ATTACHED : OFF_PLATFORM_ATTACHED;
    }

    int getInt(int offset) {
        return (int) INT.getVolatile(map, offset);
    }

    void setInt(int offset, int value) {
        INT.setVolatile(map, offset, value);
    }

    void readBytes(int offset, byte[] into) {
        map.get(offset, into);
    }

    void writeBytes(int offset, byte[] from) {
        map.put(offset, from);
    }

    PccRole role() {
        return role;
    }

    int size() {
        return size;
    }

    Path path() {
        return path;
    }

    /** Whether the other end has the file open. */
    boolean peerAttached() {
        return getInt(attachedOffset(role.peer())) != 0;
    }

    private synchronized void schedulePoll(Duration delay) {
        if (!closed) {
            nextPoll = scheduler.schedule(delay, this::poll);
        }
    }

    /** Notifies each started subspace whose peer-signal counter moved. */
    private void poll() {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        try {
            initiator.pollSignal();
            responder.pollSignal();
        } finally {
            schedulePoll(pollInterval);
        }
    }

    /** Called by each subspace's close; the mapping goes once both are closed. */
    void subspaceClosed() {
        if (initiator.isOpen() || responder.isOpen()) {
            return;
        }
        release();
    }

    /** Detaches this end, stops the watcher and releases the file. Idempotent. */
    private void release() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (nextPoll != null) {
                nextPoll.cancel();
            }
        }
        setInt(attachedOffset(role), 0);
        map.force();
        synchronized (OPEN_LOCK) {
            OPEN_ENDS.remove(endKey);
        }
        closeQuietly(file);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                throw new UncheckedIOException("closing PCC channel file failed", e);
            }
        }
    }
}
