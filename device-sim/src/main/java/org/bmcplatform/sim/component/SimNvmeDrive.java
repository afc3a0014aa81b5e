package org.bmcplatform.sim.component;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.IncomingRequest;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.binding.smbus.SmbusBinding;
import org.bmcplatform.mctp.binding.smbus.SmbusPort;
import org.bmcplatform.mctp.control.ControlResponder;
import org.bmcplatform.mctp.control.EndpointIdentity;
import org.bmcplatform.mctp.route.Route;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.profiles.nvmemi.MiRequest;
import org.bmcplatform.profiles.nvmemi.MiResponse;
import org.bmcplatform.profiles.nvmemi.NvmeMiCodec;
import org.bmcplatform.profiles.nvmemi.NvmeMiFormatException;
import org.bmcplatform.profiles.nvmemi.basic.BasicManagementCodec;
import org.bmcplatform.sim.board.BasicManagementSpec;
import org.bmcplatform.sim.board.NvmeDriveSpec;
import org.bmcplatform.sim.bus.VirtualSmbusSegment;
import org.bmcplatform.sim.fault.FaultBinding;
import org.bmcplatform.sim.fault.FaultInjector;
import org.bmcplatform.sim.thermal.ThermalModel;

/**
 * A virtual NVMe drive on an SMBus segment: an NVMe-MI management endpoint (NVMe-MI 1.2 over MCTP, DSP0237),
 * the Basic Management Command (NVMe-MI 1.2 Appendix A: SMBus block reads at its basic-management address,
 * encoded by {@link BasicManagementCodec}, with or without PEC), or both, as its board-file entry says.
 * Powered on with MI, it has its own {@link MctpStack} on the shared scheduler, an
 * {@link SmbusBinding} over a port attached at its address, a {@link ControlResponder} (its UUID,
 * message types control + NVMe-MI, no static EID so the bus owner assigns one) and an NVMe-MI handler
 * that decodes with the real {@link NvmeMiCodec} and answers after the drive's turnaround. Its
 * temperature follows a {@link ThermalModel} that keeps running while it is unplugged (it cools).
 */
public final class SimNvmeDrive implements FirmwareUpdatable {
    /** The network number inside the drive's own stack; a responder answers on the interface asked. */
    static final int DRIVE_NETWORK = 1;

    private volatile NvmeDriveSpec spec;
    private final VirtualSmbusSegment segment;
    private final Scheduler scheduler;
    private final ThermalModel thermal;
    private final FaultInjector faults;
    private final Object lock = new Object();
    private MctpStack stack;
    private SmbusPort basicPort;
    private NvmeMiResponder responder;
    private boolean powered;
    private long basicReads;
    private long answered;
    private long discarded;

    /** A drive that is not plugged in yet; call {@link #plug()} to power it on. */
    public SimNvmeDrive(NvmeDriveSpec spec, VirtualSmbusSegment segment, Scheduler scheduler, double ambientCelsius) {
        this.spec = spec;
        this.segment = segment;
        this.scheduler = scheduler;
        this.thermal = new ThermalModel(spec.thermal(), ambientCelsius, spec.percentageUsed(), spec.seed(), scheduler.nanoTime());
        this.thermal.setPowered(false, scheduler.nanoTime());
        this.faults = new FaultInjector(scheduler);
    }

    @Override
    public NvmeDriveSpec spec() {
        return spec;
    }

    public UUID uuid() {
        return spec.identity().uuid();
    }

    @Override
    public boolean present() {
        synchronized (lock) {
            return powered;
        }
    }

    /** The EID the bus owner assigned since the last power-on; empty before assignment or when unplugged. */
    public Optional<EndpointId> eid() {
        synchronized (lock) {
            if (stack == null) {
                return Optional.empty();
            }
            return stack.findInterface(spec.bus()).map(MctpInterface::localEid).filter(e -> !e.isNull());
        }
    }

    /** The composite temperature now, in °C (what the next health poll reports, before rounding). */
    public double temperatureCelsius() {
        synchronized (lock) {
            return thermal.temperatureAt(scheduler.nanoTime());
        }
    }

    /** Percentage drive life used now. */
    public double percentageUsed() {
        synchronized (lock) {
            return thermal.wearAt(scheduler.nanoTime());
        }
    }

    /** Changes the air temperature around the drive (e.g. a failed fan). */
    public void setAmbient(double celsius) {
        synchronized (lock) {
            thermal.setAmbient(celsius, scheduler.nanoTime());
        }
    }

    /** NVMe-MI requests answered since the board started. */
    public long requestsAnswered() {
        synchronized (lock) {
            return answered;
        }
    }

    /** Basic Management blocks read since the board started. */
    public long basicReadsAnswered() {
        synchronized (lock) {
            return basicReads;
        }
    }

    /** NVMe-MI messages discarded undecoded (bad MIC, malformed), as NVMe-MI 1.2 §4.2.1.1 requires. */
    public long requestsDiscarded() {
        synchronized (lock) {
            return discarded;
        }
    }

    @Override
    public FaultInjector faults() {
        return faults;
    }

    @Override
    public void plug() {
        synchronized (lock) {
            if (powered) {
                return;
            }
            responder = new NvmeMiResponder(spec, segment.clockHz());
            if (spec.mi()) {
                SmbusPort port = segment.attach(spec.address(), faults.wire());
                MctpStack fresh = new MctpStack(scheduler, StackSettings.DEFAULTS);
                // takes packets up to 254 bytes, so the SMBus port's MMTUS is 250; it sends at the configured unit
                fresh.addInterface(spec.bus(), DRIVE_NETWORK, new FaultBinding(new SmbusBinding(port, SmbusBinding.MAX_MTU), faults));
                new ControlResponder(fresh, new EndpointIdentity(spec.identity().uuid(),
                        Set.of(MessageType.CONTROL, MessageType.NVME_MI), false, Optional.empty(), List.of())).install();
                fresh.handle(MessageType.NVME_MI, this::onNvmeMi);
                stack = fresh;
            }
            spec.basicManagement().ifPresent(b -> basicPort = segment.serveBlockReads(b.address(), command -> onBasicRead(b, command)));
            thermal.setPowered(true, scheduler.nanoTime());
            powered = true;
        }
    }

    @Override
    public void unplug() {
        MctpStack old;
        SmbusPort oldBasic;
        synchronized (lock) {
            if (!powered) {
                return;
            }
            powered = false;
            old = stack;
            oldBasic = basicPort;
            stack = null;
            basicPort = null;
            thermal.setPowered(false, scheduler.nanoTime());
        }
        if (oldBasic != null) {
            oldBasic.close();
        }
        if (old != null) {
            old.close();
        }
    }

    /** A block read at the basic-management address: what the drive drives on the wire (count, data, PEC if it sends one). */
    private Optional<Bytes> onBasicRead(BasicManagementSpec basic, int commandCode) {
        synchronized (lock) {
            if (!powered) {
                return Optional.empty();
            }
            Optional<Bytes> sent = responder.basicManagement(commandCode, thermal, scheduler.nanoTime())
                    .map(block -> BasicManagementCodec.encode(block, basic.address(), basic.pec()));
            if (sent.isPresent()) {
                basicReads++;
            }
            return sent;
        }
    }

    private CompletionStage<Optional<Bytes>> onNvmeMi(IncomingRequest request) {
        MiRequest decoded;
        try {
            decoded = NvmeMiCodec.decodeRequest(request.message());
        } catch (NvmeMiFormatException e) {
            synchronized (lock) {
                discarded++;
            }
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Bytes answer;
        MctpStack answering;
        synchronized (lock) {
            answering = stack;
            long now = scheduler.nanoTime();
            thermal.recordCommand(now);
            MiResponse response = responder.answer(decoded, thermal, now);
            answer = NvmeMiCodec.encode(response);
            answered++;
        }
        CompletableFuture<Optional<Bytes>> reply = new CompletableFuture<>();
        scheduler.schedule(spec.turnaround(), () -> {
            reply.complete(Optional.of(answer));
            applyTransmissionUnit(answering, request.source());
        });
        return reply;
    }

    /**
     * NVMe-MI 1.2 §5.1.3: the SMBus port's MCTP transmission unit size applies to what the drive sends
     * from the message after the response that set it. The drive's stack sizes responses by the route
     * to the requester, so the route carries the unit (+4 header bytes); 64 is the baseline.
     */
    private void applyTransmissionUnit(MctpStack answering, EndpointId requester) {
        if (answering == null || !requester.isUnicast()) {
            return;
        }
        int mtu;
        synchronized (lock) {
            if (stack != answering) {
                return;
            }
            mtu = responder.smbusTransmissionUnit() + 4;
        }
        if (answering.routes().lookup(DRIVE_NETWORK, requester).isPresent()) {
            answering.routes().setMtu(DRIVE_NETWORK, requester, mtu);
        } else if (mtu > Route.BASELINE_MTU) {
            answering.routes().add(Route.direct(DRIVE_NETWORK, requester, spec.bus()).withMtu(mtu));
        }
    }

    @Override
    public String toString() {
        return String.format("%s (%s %s at %s:0x%02x%s)", spec.id(), spec.identity().manufacturer(), spec.identity().model(),
                spec.bus(), spec.address(), spec.mi() ? "" : ", basic management only");
    }

    @Override
    public String firmwareRevision() {
        return spec.identity().firmware();
    }

    @Override
    public void activateFirmware(String revision) {
        NvmeDriveSpec updated = spec.withFirmware(revision);
        boolean running = present();
        if (running) {
            unplug();
        }
        spec = updated;
        if (running) {
            plug();
        }
    }
}
