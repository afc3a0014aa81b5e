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
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.IncomingRequest;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.route.Route;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.profiles.pldm.EntityId;
import org.bmcplatform.profiles.pldm.HealthState;
import org.bmcplatform.profiles.pldm.PlatformEventMessageRequest;
import org.bmcplatform.profiles.pldm.PlatformEventMessageResponse;
import org.bmcplatform.profiles.pldm.PldmCodec;
import org.bmcplatform.profiles.pldm.PldmFormatException;
import org.bmcplatform.sim.board.HbaDriveSpec;
import org.bmcplatform.sim.board.MctpEndpointSpec;
import org.bmcplatform.sim.board.PldmHbaSpec;
import org.bmcplatform.sim.bus.VirtualLink;
import org.bmcplatform.sim.fault.FaultInjector;
import org.bmcplatform.sim.pldm.EventReceiver;
import org.bmcplatform.sim.pldm.PldmTerminus;
import org.bmcplatform.sim.pldm.TerminusSettings;
import org.bmcplatform.sim.thermal.ThermalModel;

/**
 * A virtual storage HBA ({@code type: pldm-hba}): a {@link SimMctpEndpoint} (control + PLDM, no static
 * EID) whose PLDM messages a {@link PldmTerminus} answers through the codecs (device-protocols.md §3.6).
 * Its PDR repository and FRU table describe:
 *
 * <ul>
 *   <li>the HBA entity {@link #HBA_ENTITY} (DSP0249 entity type 145, I/O controller; instance 1 in the
 *       system container 0) with the controller (ROC) temperature {@link #CONTROLLER_TEMPERATURE_SENSOR}
 *       (°C, sint16, resolution 1 or 0.5, upper warning/critical), its health state sensor
 *       {@link #CONTROLLER_HEALTH_SENSOR} (state set 1 Health State: from the temperature, or held at any state by
 *       {@link #setHealth}) and FRU record set {@link #CONTROLLER_FRU_SET};</li>
 *   <li>an Entity Association PDR: the HBA logically contains, in container {@link #DRIVE_CONTAINER_ID},
 *       the drives present;</li>
 *   <li>per drive in slot s: entity (107 fixed disk / hard drive, instance s + 1, container
 *       {@link #DRIVE_CONTAINER_ID}), temperature sensor {@link #driveSensorId} = 0x100 + s (°C, sint8,
 *       resolution 1) and FRU record set {@link #driveFruSetId} = 0x100 + s (model, serial, Version = firmware).</li>
 * </ul>
 *
 * Temperatures follow a {@link ThermalModel} per controller and drive (powered while the HBA is, and the
 * drive cabled). {@link #pullDrive} removes the drive's PDRs, sensor and FRU records and updates the
 * association (its recordChangeNumber goes up), so a fresh PDR walk no longer sees it; {@link #insertDrive}
 * adds them back under new record handles, with the same sensor ID. Unplugging the HBA powers it off; it
 * comes back with a fresh terminus (TID unassigned). After a SetEventReceiver (enableAsync) its controller sends a
 * PlatformEventMessage sensorEvent whenever the health state changes (checked every {@link #HEALTH_WATCH} and at
 * once on {@link #setHealth} / {@link #followTemperature}).
 */
public final class SimPldmHba implements SimComponent {
    /** DSP0249 entity ID codes. */
    public static final int ENTITY_IO_CONTROLLER = 145;
    public static final int ENTITY_FIXED_DISK = 107;
    public static final EntityId HBA_ENTITY = new EntityId(ENTITY_IO_CONTROLLER, 1, 0);
    /** The container ID the drive entities carry (the HBA's Entity Association PDR). */
    public static final int DRIVE_CONTAINER_ID = 1;
    public static final int CONTROLLER_TEMPERATURE_SENSOR = 1;
    public static final int CONTROLLER_HEALTH_SENSOR = 2;
    public static final int CONTROLLER_FRU_SET = 1;
    /** Drive sensor IDs and FRU record set identifiers are this plus the slot. */
    public static final int DRIVE_ID_BASE = 0x100;

    /** How often the health state is compared with the one last reported, for an event on a change. */
    static final Duration HEALTH_WATCH = Duration.ofSeconds(1);
    /** A PlatformEventMessage is answered by the receiver; one try, then it counts as a failure. */
    static final RequestOptions EVENT_OPTIONS = new RequestOptions(Duration.ofSeconds(1), 0);

    private final PldmHbaSpec spec;
    private final Scheduler scheduler;
    private final TerminusSettings settings;
    private final SimMctpEndpoint endpoint;
    private final ThermalModel controller;
    private final Map<Integer, ThermalModel> driveThermal = new LinkedHashMap<>();
    private final Map<Integer, Boolean> cabled = new LinkedHashMap<>();
    private final Object lock = new Object();
    private final Object thermalLock = new Object();
    private PldmTerminus terminus;
    private HbaRepository repository;
    private MctpStack stack;
    /** The health state last sent as an event (or found at power-on). */
    private HealthState reportedHealth = HealthState.NORMAL;
    private long eventsAcknowledged;
    private long eventFailures;
    /** The health state set by hand; empty while it follows the controller temperature. */
    private volatile Optional<HealthState> healthOverride = Optional.empty();

    /** An HBA that is not powered yet; call {@link #plug()}. */
    public SimPldmHba(PldmHbaSpec spec, VirtualLink link, Scheduler scheduler, double ambientCelsius, TerminusSettings settings) {
        this.spec = spec;
        this.scheduler = scheduler;
        this.settings = settings;
        long now = scheduler.nanoTime();
        this.controller = new ThermalModel(spec.thermal(), ambientCelsius, 0, spec.seed(), now);
        controller.setPowered(false, now);
        for (HbaDriveSpec d : spec.drives()) {
            ThermalModel m = new ThermalModel(d.thermal(), ambientCelsius, 0, spec.seed() * 31 + d.slot(), now);
            m.setPowered(false, now);
            driveThermal.put(d.slot(), m);
            cabled.put(d.slot(), d.present());
        }
        MctpEndpointSpec asEndpoint = new MctpEndpointSpec(spec.id(), spec.bus(), spec.address(), spec.slot(),
                spec.identity().model(), spec.uuid(), Set.of(MessageType.CONTROL, MessageType.PLDM), Optional.empty(),
                List.of(), spec.turnaround(), spec.present());
        this.endpoint = new SimMctpEndpoint(asEndpoint, link, false, scheduler, this::powerOn);
    }

    public static int driveSensorId(int slot) {
        return DRIVE_ID_BASE + slot;
    }

    public static int driveFruSetId(int slot) {
        return DRIVE_ID_BASE + slot;
    }

    @Override
    public PldmHbaSpec spec() {
        return spec;
    }

    public UUID uuid() {
        return spec.uuid();
    }

    @Override
    public boolean present() {
        return endpoint.present();
    }

    /** The EID it uses now; empty before the bus owner assigned one or when unplugged. */
    public Optional<EndpointId> eid() {
        return endpoint.eid();
    }

    /** The terminus answering since the last power-on; empty when unplugged. */
    public Optional<PldmTerminus> terminus() {
        synchronized (lock) {
            return Optional.ofNullable(terminus);
        }
    }

    /** The faults of its management controller's replies (its MCTP endpoint's). */
    @Override
    public FaultInjector faults() {
        return endpoint.faults();
    }

    @Override
    public void plug() {
        endpoint.plug();
    }

    @Override
    public void unplug() {
        synchronized (lock) {
            terminus = null;
            repository = null;
            stack = null;
            long now = scheduler.nanoTime();
            synchronized (thermalLock) {
                controller.setPowered(false, now);
                driveThermal.values().forEach(m -> m.setPowered(false, now));
            }
        }
        endpoint.unplug();
    }

    /** Runs inside {@link SimMctpEndpoint#plug()} on each fresh stack: a new terminus with every cabled drive. */
    private void powerOn(MctpStack stack) {
        synchronized (lock) {
            PldmTerminus fresh = new PldmTerminus(settings);
            HbaRepository fill = new HbaRepository(spec, fresh, this::controllerCelsius, () -> controllerHealth().value(),
                    this::driveCelsius);
            long now = scheduler.nanoTime();
            synchronized (thermalLock) {
                controller.setPowered(true, now);
                cabled.forEach((slot, in) -> driveThermal.get(slot).setPowered(in, now));
            }
            fill.build(cabledSlots());
            terminus = fresh;
            repository = fill;
            stack.handle(MessageType.PLDM, request -> {
                synchronized (thermalLock) {
                    controller.recordCommand(scheduler.nanoTime());
                }
                return CompletableFuture.completedFuture(fresh.answer(request));
            });
            this.stack = stack;
            reportedHealth = controllerHealth();
            watchHealth(fresh);
        }
    }

    /** Every {@link #HEALTH_WATCH} while this terminus answers: a changed health state becomes an event. */
    private void watchHealth(PldmTerminus watched) {
        scheduler.schedule(HEALTH_WATCH, () -> {
            synchronized (lock) {
                if (terminus != watched) {
                    return;
                }
            }
            checkHealth();
            watchHealth(watched);
        });
    }

    /**
     * Sends a sensorEvent (stateSensorState: offset 0, the new and the previous Health State) to the event receiver
     * when the health state differs from the one last reported (DSP0248 §16.6); nothing without a receiver.
     */
    private void checkHealth() {
        PlatformEventMessageRequest event;
        MctpStack via;
        EventReceiver receiver;
        synchronized (lock) {
            if (terminus == null) {
                return;
            }
            HealthState now = controllerHealth();
            if (now == reportedHealth) {
                return;
            }
            HealthState before = reportedHealth;
            reportedHealth = now;
            Optional<EventReceiver> to = terminus.eventReceiver();
            Optional<PlatformEventMessageRequest> built = terminus.stateSensorEvent(CONTROLLER_HEALTH_SENSOR, 0, now.value(),
                    before.value());
            if (to.isEmpty() || built.isEmpty()) {
                return;
            }
            event = built.get();
            via = stack;
            receiver = to.get();
        }
        send(via, receiver, event);
    }

    private void send(MctpStack via, EventReceiver receiver, PlatformEventMessageRequest event) {
        if (receiver.via().isEmpty()) {
            countEvent(false);
            return;
        }
        IncomingRequest from = receiver.via().get();
        try {
            if (via.routes().lookup(from.network(), receiver.eid()).isEmpty()) {
                via.routes().add(Route.direct(from.network(), receiver.eid(), from.interfaceName()));
            }
            via.neighbours().put(from.interfaceName(), receiver.eid(), from.sourceAddress());
        } catch (RuntimeException e) {
            countEvent(false);
            return;
        }
        via.request(from.network(), receiver.eid(), PldmCodec.encode(event), EVENT_OPTIONS).whenComplete((reply, e) -> {
            boolean acknowledged = false;
            if (e == null) {
                try {
                    acknowledged = PldmCodec.decodeResponse(reply, event) instanceof PlatformEventMessageResponse;
                } catch (PldmFormatException malformed) {
                    acknowledged = false;
                }
            }
            countEvent(acknowledged);
        });
    }

    private void countEvent(boolean acknowledged) {
        synchronized (lock) {
            if (acknowledged) {
                eventsAcknowledged++;
            } else {
                eventFailures++;
            }
        }
    }

    /** PlatformEventMessages the event receiver answered with success. */
    public long eventsAcknowledged() {
        synchronized (lock) {
            return eventsAcknowledged;
        }
    }

    /** PlatformEventMessages not delivered or not answered with success (no route, no answer, an error code). */
    public long eventFailures() {
        synchronized (lock) {
            return eventFailures;
        }
    }

    /** Pulls the drive in {@code slot} out: its PDRs, sensor and FRU records go; it cools down. Idempotent. */
    public void pullDrive(int slot) {
        setCabled(slot, false);
    }

    /** Puts the drive in {@code slot} back: its PDRs (new handles), sensor (same ID) and FRU records return. Idempotent. */
    public void insertDrive(int slot) {
        setCabled(slot, true);
    }

    private void setCabled(int slot, boolean in) {
        synchronized (lock) {
            Boolean was = cabled.get(slot);
            if (was == null) {
                throw new NoSuchElementException("no drive slot " + slot + " on " + spec.id() + "; slots: " + cabled.keySet());
            }
            if (was == in) {
                return;
            }
            cabled.put(slot, in);
            synchronized (thermalLock) {
                driveThermal.get(slot).setPowered(in && terminus != null, scheduler.nanoTime());
            }
            if (repository != null) {
                HbaDriveSpec drive = spec.drive(slot).orElseThrow();
                if (in) {
                    repository.addDrive(drive, cabledSlots());
                } else {
                    repository.removeDrive(drive, cabledSlots());
                }
            }
        }
    }

    /** Whether a drive is cabled into {@code slot}. */
    public boolean drivePresent(int slot) {
        synchronized (lock) {
            return Boolean.TRUE.equals(cabled.get(slot));
        }
    }

    private List<Integer> cabledSlots() {
        List<Integer> slots = new ArrayList<>();
        cabled.forEach((slot, in) -> {
            if (in) {
                slots.add(slot);
            }
        });
        return slots;
    }

    /** The controller (ROC) temperature now, °C. */
    public double controllerCelsius() {
        synchronized (thermalLock) {
            return controller.temperatureAt(scheduler.nanoTime());
        }
    }

    /** The temperature of the drive in {@code slot} now, °C. */
    public double driveCelsius(int slot) {
        synchronized (thermalLock) {
            ThermalModel m = driveThermal.get(slot);
            if (m == null) {
                throw new NoSuchElementException("no drive slot " + slot + " on " + spec.id());
            }
            return m.temperatureAt(scheduler.nanoTime());
        }
    }

    /**
     * What the controller's health state sensor reports now (DSP0249 state set 1): the state set by
     * {@link #setHealth}, else from the controller temperature against its thresholds (at or above critical upper
     * critical, at or above warning upper non-critical, else normal).
     */
    public HealthState controllerHealth() {
        Optional<HealthState> held = healthOverride;
        if (held.isPresent()) {
            return held.get();
        }
        double celsius = controllerCelsius();
        if (celsius >= spec.thermal().criticalCelsius()) {
            return HealthState.UPPER_CRITICAL;
        }
        return celsius >= spec.thermal().warningCelsius() ? HealthState.UPPER_NON_CRITICAL : HealthState.NORMAL;
    }

    /** Holds the controller's health state at {@code state} (a fault on demand) until {@link #followTemperature}. */
    public void setHealth(HealthState state) {
        healthOverride = Optional.of(state);
        checkHealth();
    }

    /** The controller's health state follows its temperature again. */
    public void followTemperature() {
        healthOverride = Optional.empty();
        checkHealth();
    }

    /** Whether the health state is held by {@link #setHealth}. */
    public boolean healthHeld() {
        return healthOverride.isPresent();
    }

    /** Changes the air temperature around the HBA and its drives. */
    public void setAmbient(double celsius) {
        synchronized (thermalLock) {
            long now = scheduler.nanoTime();
            controller.setAmbient(celsius, now);
            driveThermal.values().forEach(m -> m.setAmbient(celsius, now));
        }
    }

    @Override
    public String toString() {
        return spec.id() + " (pldm-hba " + spec.identity().manufacturer() + " " + spec.identity().model() + ", "
                + cabledSlots().size() + " drives, on " + spec.bus() + (spec.linkAddress().isNone() ? "" : " " + spec.linkAddress()) + ")";
    }
}
