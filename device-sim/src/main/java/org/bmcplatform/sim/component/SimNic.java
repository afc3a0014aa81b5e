package org.bmcplatform.sim.component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.route.Route;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.profiles.ncsi.CounterWidth;
import org.bmcplatform.profiles.ncsi.GetVersionIdResponse;
import org.bmcplatform.profiles.ncsi.NcsiVersion;
import org.bmcplatform.profiles.pldm.EntityId;
import org.bmcplatform.sim.board.MctpEndpointSpec;
import org.bmcplatform.sim.board.NcsiNicSpec;
import org.bmcplatform.sim.board.NicPortSpec;
import org.bmcplatform.sim.board.NicVariant;
import org.bmcplatform.sim.bus.VirtualLink;
import org.bmcplatform.sim.fault.FaultInjector;
import org.bmcplatform.sim.ncsi.AenTarget;
import org.bmcplatform.sim.ncsi.NcsiPackage;
import org.bmcplatform.sim.pldm.PldmTerminus;
import org.bmcplatform.sim.pldm.TerminusSettings;
import org.bmcplatform.sim.thermal.ThermalModel;

/**
 * A virtual network adapter ({@code type: ncsi-nic}): a {@link SimMctpEndpoint} (control, NC-SI, PLDM; no
 * static EID) with an {@link NcsiPackage} answering NC-SI and a {@link PldmTerminus} answering PLDM, both
 * through the device-profiles codecs (device-protocols.md §1, §3, §5 NIC row).
 *
 * <ul>
 *   <li>NC-SI: package {@code package-id} (default 0), channel n = port n (2-4 ports).</li>
 *   <li>PLDM: entity {@link #NIC_ENTITY} (DSP0249 type 144, network controller; instance 1, container 0) with
 *       the ASIC temperature sensor {@link #ASIC_TEMPERATURE_SENSOR} (300 with {@code renumbered-sensors}),
 *       a module temperature sensor {@link #PORT_TEMPERATURE_BASE} + port (500 + port renumbered) for each
 *       port with a transceiver, and FRU record set {@link #NIC_FRU_SET}.</li>
 * </ul>
 *
 * Each port's link can be set with {@link #setLink}; a port with a {@code link-flap} goes down every period
 * (counted from power-on) for its down time, on the board's scheduler. The link is the cable's: it is kept
 * across power cycles, while the NC-SI state (counters, AEN enables) and the TID start afresh. The ASIC
 * temperature follows a {@link ThermalModel} (powered while plugged, loaded by the commands it answers); a
 * module sits {@value #MODULE_RISE_FRACTION} of the ASIC's rise above the ambient.
 */
public final class SimNic implements SimComponent {
    public static final int ENTITY_NETWORK_CONTROLLER = 144;
    public static final EntityId NIC_ENTITY = new EntityId(ENTITY_NETWORK_CONTROLLER, 1, 0);
    public static final int ASIC_TEMPERATURE_SENSOR = 3;
    public static final int RENUMBERED_ASIC_TEMPERATURE_SENSOR = 300;
    /** Port module temperature sensor IDs are this plus the port. */
    public static final int PORT_TEMPERATURE_BASE = 4;
    public static final int RENUMBERED_PORT_TEMPERATURE_BASE = 500;
    public static final int NIC_FRU_SET = 1;
    /** NC-SI 1.2.0 (F1 F2 F0 00), or 1.0.0 for the {@code ncsi-1.0} variant. */
    public static final NcsiVersion NCSI_VERSION = new NcsiVersion(0xF1, 0xF2, 0xF0, 0, 0);
    public static final NcsiVersion NCSI_VERSION_1_0 = new NcsiVersion(0xF1, 0xF0, 0xF0, 0, 0);
    static final double MODULE_RISE_FRACTION = 0.6;
    /**
     * An AEN goes out as an MCTP message with TO = 1 that nobody answers (DSP0261); the stack frees its tag
     * after this timeout, without retries.
     */
    static final RequestOptions AEN_OPTIONS = new RequestOptions(Duration.ofMillis(100), 0);

    private final NcsiNicSpec spec;
    private final Scheduler scheduler;
    private final TerminusSettings settings;
    private final SimMctpEndpoint endpoint;
    private final ThermalModel asic;
    private final Map<Integer, Boolean> links = new LinkedHashMap<>();
    private final LinkFlaps flaps;
    private final Object lock = new Object();
    private final Object thermalLock = new Object();
    private NcsiPackage ncsi;
    private PldmTerminus terminus;
    private long aenFailures;

    /** A NIC that is not powered yet; call {@link #plug()}. */
    public SimNic(NcsiNicSpec spec, VirtualLink link, Scheduler scheduler, double ambientCelsius, TerminusSettings settings) {
        this.spec = spec;
        this.scheduler = scheduler;
        this.settings = settings;
        long now = scheduler.nanoTime();
        this.asic = new ThermalModel(spec.thermal(), ambientCelsius, 0, spec.seed(), now);
        asic.setPowered(false, now);
        for (NicPortSpec p : spec.ports()) {
            links.put(p.port(), p.linkUp());
        }
        MctpEndpointSpec asEndpoint = new MctpEndpointSpec(spec.id(), spec.bus(), spec.address(), spec.slot(),
                spec.identity().model(), spec.uuid(), Set.of(MessageType.CONTROL, MessageType.NCSI, MessageType.PLDM),
                Optional.empty(), List.of(), spec.turnaround(), spec.present());
        this.endpoint = new SimMctpEndpoint(asEndpoint, link, false, scheduler, this::powerOn);
        this.flaps = new LinkFlaps(scheduler, this::setLink);
    }

    /** The ASIC temperature sensor ID: 3, or 300 with {@code renumbered-sensors}. */
    public static int asicSensorId(NcsiNicSpec spec) {
        return spec.has(NicVariant.RENUMBERED_SENSORS) ? RENUMBERED_ASIC_TEMPERATURE_SENSOR : ASIC_TEMPERATURE_SENSOR;
    }

    /** A port's module temperature sensor ID: 4 + port, or 500 + port with {@code renumbered-sensors}. */
    public static int portSensorId(NcsiNicSpec spec, int port) {
        return (spec.has(NicVariant.RENUMBERED_SENSORS) ? RENUMBERED_PORT_TEMPERATURE_BASE : PORT_TEMPERATURE_BASE) + port;
    }

    /** What Get Version ID and Get Package UUID report for {@code spec}. */
    public static NcsiPackage.Identity ncsiIdentity(NcsiNicSpec spec) {
        NcsiNicSpec.Identity id = spec.identity();
        return new NcsiPackage.Identity(spec.packageId(), spec.has(NicVariant.NCSI_1_0) ? NCSI_VERSION_1_0 : NCSI_VERSION,
                firmwareName(spec), id.firmwareVersion(), id.deviceId(), id.vendorId(), id.subsystemId(), id.subsystemVendorId(),
                id.manufacturerIana(), id.uuid());
    }

    /** The 12-byte firmware name: NUL padded, or space padded without a NUL with {@code padded-firmware-name}. */
    static Bytes firmwareName(NcsiNicSpec spec) {
        String name = spec.identity().firmwareName();
        if (!spec.has(NicVariant.PADDED_FIRMWARE_NAME)) {
            return GetVersionIdResponse.firmwareName(name);
        }
        return GetVersionIdResponse.firmwareName(String.format("%-" + GetVersionIdResponse.FIRMWARE_NAME_LENGTH + "s", name));
    }

    @Override
    public NcsiNicSpec spec() {
        return spec;
    }

    public UUID uuid() {
        return spec.uuid();
    }

    @Override
    public boolean present() {
        return endpoint.present();
    }

    /** The faults of its management controller's replies (its MCTP endpoint's). */
    @Override
    public FaultInjector faults() {
        return endpoint.faults();
    }

    /** The EID it uses now; empty before the bus owner assigned one or when unplugged. */
    public Optional<EndpointId> eid() {
        return endpoint.eid();
    }

    /** The NC-SI package answering since the last power-on; empty when unplugged. */
    public Optional<NcsiPackage> ncsi() {
        synchronized (lock) {
            return Optional.ofNullable(ncsi);
        }
    }

    /** The PLDM terminus answering since the last power-on; empty when unplugged. */
    public Optional<PldmTerminus> terminus() {
        synchronized (lock) {
            return Optional.ofNullable(terminus);
        }
    }

    /** AENs the stack could not deliver (no EID yet, no route, binding down); the expected timeout is not one. */
    public long aenFailures() {
        synchronized (lock) {
            return aenFailures;
        }
    }

    @Override
    public void plug() {
        endpoint.plug();
    }

    @Override
    public void unplug() {
        synchronized (lock) {
            ncsi = null;
            terminus = null;
            flaps.stop();
            synchronized (thermalLock) {
                asic.setPowered(false, scheduler.nanoTime());
            }
        }
        endpoint.unplug();
    }

    /** Whether the port's link is up. */
    public boolean linkUp(int port) {
        synchronized (lock) {
            return checkedLink(port);
        }
    }

    /**
     * Brings a port's link up or down (a cable pulled, the switch port bouncing). While the NIC is powered its
     * channel reports the change and, if the controller enabled it, sends a Link Status Change AEN. Idempotent.
     */
    public void setLink(int port, boolean up) {
        NcsiPackage pkg;
        synchronized (lock) {
            checkedLink(port);
            links.put(port, up);
            pkg = ncsi;
        }
        if (pkg != null) {
            pkg.setLink(port, up);
        }
    }

    /**
     * The port receives {@code count} frames with a bad FCS (CRC): while the NIC is powered its Get Controller Packet
     * Statistics FCS Receive Errors counter grows by that; unpowered there is no NIC to count them.
     */
    public void receiveBadFrames(int port, long count) {
        NcsiPackage pkg;
        synchronized (lock) {
            checkedLink(port);
            pkg = ncsi;
        }
        if (pkg != null) {
            pkg.receiveBadFrames(port, count);
        }
    }

    private boolean checkedLink(int port) {
        Boolean up = links.get(port);
        if (up == null) {
            throw new NoSuchElementException("no port " + port + " on " + spec.id() + "; ports: " + links.keySet());
        }
        return up;
    }

    /** Runs inside {@link SimMctpEndpoint#plug()} on each fresh stack. */
    private void powerOn(MctpStack stack) {
        synchronized (lock) {
            List<NcsiPackage.Port> ports = new ArrayList<>();
            for (NicPortSpec p : spec.ports()) {
                ports.add(new NcsiPackage.Port(p.port(), p.speed(), links.get(p.port())));
            }
            NcsiPackage.Behaviour behaviour = new NcsiPackage.Behaviour(
                    spec.has(NicVariant.NCSI_1_0) ? CounterWidth.BITS_32 : CounterWidth.BITS_64, !spec.has(NicVariant.IB_MODE));
            NcsiPackage pkg = new NcsiPackage(ncsiIdentity(spec), behaviour, ports, scheduler::nanoTime,
                    (target, aen) -> sendAen(stack, target, aen));
            PldmTerminus fresh = new PldmTerminus(settings);
            NicRecords.build(spec, fresh, this::asicCelsius, this::moduleCelsius);
            synchronized (thermalLock) {
                asic.setPowered(true, scheduler.nanoTime());
            }
            ncsi = pkg;
            terminus = fresh;
            stack.handle(MessageType.NCSI, request -> {
                recordCommand();
                return CompletableFuture.completedFuture(pkg.answer(request));
            });
            stack.handle(MessageType.PLDM, request -> {
                recordCommand();
                return CompletableFuture.completedFuture(fresh.answer(request.message()));
            });
            flaps.start(spec.ports());
        }
    }

    private void sendAen(MctpStack stack, AenTarget target, Bytes aen) {
        try {
            if (stack.routes().lookup(target.network(), target.eid()).isEmpty()) {
                stack.routes().add(Route.direct(target.network(), target.eid(), target.interfaceName()));
            }
            stack.neighbours().put(target.interfaceName(), target.eid(), target.address());
        } catch (RuntimeException e) {
            countAenFailure();
            return;
        }
        stack.request(target.network(), target.eid(), aen, AEN_OPTIONS).whenComplete((reply, e) -> {
            if (e != null && MctpException.extract(e).map(m -> m.reason() != MctpException.Reason.TIMEOUT).orElse(true)) {
                countAenFailure();
            }
        });
    }

    private void countAenFailure() {
        synchronized (lock) {
            aenFailures++;
        }
    }

    private void recordCommand() {
        synchronized (thermalLock) {
            asic.recordCommand(scheduler.nanoTime());
        }
    }

    /** The ASIC temperature now, °C. */
    public double asicCelsius() {
        synchronized (thermalLock) {
            return asic.temperatureAt(scheduler.nanoTime());
        }
    }

    /** The module temperature of a port now, °C: {@value #MODULE_RISE_FRACTION} of the ASIC's rise above the ambient. */
    public double moduleCelsius(int port) {
        synchronized (thermalLock) {
            double ambient = asic.ambient();
            return ambient + MODULE_RISE_FRACTION * (asic.temperatureAt(scheduler.nanoTime()) - ambient);
        }
    }

    /** Changes the air temperature around the NIC. */
    public void setAmbient(double celsius) {
        synchronized (thermalLock) {
            asic.setAmbient(celsius, scheduler.nanoTime());
        }
    }

    @Override
    public String toString() {
        return spec.id() + " (ncsi-nic " + spec.identity().manufacturer() + " " + spec.identity().model() + ", "
                + spec.ports().size() + " ports, package " + spec.packageId() + ", on " + spec.bus()
                + (spec.linkAddress().isNone() ? "" : " " + spec.linkAddress()) + ")";
    }
}
