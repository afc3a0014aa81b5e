package org.bmcplatform.mctp.binding.pcc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.bmcplatform.mctp.binding.BindingSpec;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * The real-hardware PCC backend, OSPM's end: reads the ACPI PCCT, maps the initiator's and the
 * responder's shared memory and registers through /dev/mem and polls them (user space gets no PCC
 * interrupts). Spec: {@code pcc:/sys/firmware/acpi/tables/PCCT?tx=2&rx=3&poll-us=200&mem=/dev/mem},
 * {@code tx} being the type 3 subspace id and {@code rx} the type 4 one. Requirements are in the
 * package documentation.
 */
public final class PccHardware {
    public static final String DEFAULT_DEVICE = "/dev/mem";
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofNanos(200_000);
    /** Where the kernel's mctp-pcc driver registers its interfaces, named mctppcc + inbox id. */
    static final Path SYS_CLASS_NET = Path.of("/sys/class/net");
    private static final Set<String> OPTIONS = Set.of("tx", "rx", "poll-us", "mem");

    private final PhysicalMemory memory;
    private final Scheduler scheduler;
    private final Duration pollInterval;
    private final HardwareSubspace initiator;
    private final HardwareSubspace responder;
    private Scheduler.Cancellable nextPoll;
    private boolean closed;

    private PccHardware(Pcct.Extended tx, Pcct.Extended rx, PhysicalMemory memory, Duration pollInterval, Scheduler scheduler) {
        this.memory = memory;
        this.scheduler = scheduler;
        this.pollInterval = pollInterval;
        this.initiator = new HardwareSubspace(tx, memory, this::subspaceClosed);
        this.responder = new HardwareSubspace(rx, memory, this::subspaceClosed);
    }

    /** Opens the channel a {@code pcc:} spec names; one clear IllegalStateException for anything missing. */
    public static PccChannel open(BindingSpec spec, Scheduler scheduler) {
        if (!"pcc".equals(spec.scheme())) {
            throw new IllegalArgumentException("expected 'pcc:/sys/firmware/acpi/tables/PCCT?tx=2&rx=3', was '" + spec + "'");
        }
        spec.onlyOptions(OPTIONS);
        int tx = requiredId(spec, "tx", "type 3 (initiator)");
        int rx = requiredId(spec, "rx", "type 4 (responder)");
        int pollMicros = spec.intOption("poll-us", (int) (DEFAULT_POLL_INTERVAL.toNanos() / 1000), 1, 10_000_000);
        Path table = Path.of(spec.path().isEmpty() ? Pcct.SYSFS_PATH.toString() : spec.path());
        return open(table, tx, rx, spec.option("mem", DEFAULT_DEVICE), Duration.ofNanos(pollMicros * 1000L), scheduler,
                SYS_CLASS_NET);
    }

    static PccChannel open(Path table, int tx, int rx, String device, Duration pollInterval, Scheduler scheduler,
            Path sysClassNet) {
        Path kernelInterface = sysClassNet.resolve("mctppcc" + rx);
        if (Files.exists(kernelInterface)) {
            throw new IllegalStateException("the kernel's mctp-pcc driver owns PCC subspaces " + tx + "/" + rx + " (interface "
                    + kernelInterface.getFileName() + "); use the kernel transport (AF_MCTP, bmc.mctp.transport=kernel)"
                    + " instead of a pcc: backend, or unload mctp-pcc");
        }
        Pcct pcct = Pcct.read(table);
        Pcct.Extended initiator;
        Pcct.Extended responder;
        try {
            initiator = pcct.extended(tx, PccSubspace.Type.INITIATOR);
            responder = pcct.extended(rx, PccSubspace.Type.RESPONDER);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(table + ": " + e.getMessage() + "; pick tx/rx from the table", e);
        }
        return open(initiator, responder, DevMem.open(device), pollInterval, scheduler);
    }

    /** Maps both subspaces in {@code memory} and starts the watcher; closing the channel releases the memory. */
    static PccChannel open(Pcct.Extended tx, Pcct.Extended rx, PhysicalMemory memory, Duration pollInterval,
            Scheduler scheduler) {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("poll interval must be positive, was " + pollInterval);
        }
        PccHardware hw;
        try {
            hw = new PccHardware(tx, rx, memory, pollInterval, scheduler);
        } catch (RuntimeException e) {
            memory.close();
            throw e;
        }
        hw.schedulePoll(Duration.ZERO);
        return new PccChannel(hw.initiator, hw.responder);
    }

    private static int requiredId(BindingSpec spec, String name, String what) {
        if (spec.option(name).isEmpty()) {
            throw new IllegalArgumentException("backend option '" + name + "' is required: the PCCT id of the " + what
                    + " subspace, e.g. pcc:/sys/firmware/acpi/tables/PCCT?tx=2&rx=3");
        }
        return spec.intOption(name, 0, 0, 255);
    }

    private synchronized void schedulePoll(Duration delay) {
        if (!closed) {
            nextPoll = scheduler.schedule(delay, this::poll);
        }
    }

    private void poll() {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        try {
            initiator.poll();
            responder.poll();
        } finally {
            schedulePoll(pollInterval);
        }
    }

    private void subspaceClosed() {
        if (!initiator.isOpen() && !responder.isOpen()) {
            release();
        }
    }

    /** Stops the watcher and unmaps. Idempotent; runs when both subspaces are closed. */
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
        memory.close();
    }
}
