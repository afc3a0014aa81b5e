package org.bmcplatform.app.buses;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.control.BusOwner;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.control.ControlResponder;
import org.bmcplatform.mctp.control.EidPool;
import org.bmcplatform.mctp.control.EndpointIdentity;
import org.bmcplatform.mctp.time.PreciseScheduler;
import org.bmcplatform.mctp.time.SystemScheduler;
import org.bmcplatform.sim.VirtualBoard;
import org.bmcplatform.sim.board.BoardSpec;
import org.bmcplatform.sim.board.BusSpec;
import org.bmcplatform.sim.board.ComponentSpec;

/**
 * The board brought to life: the virtual board (for its virtual buses), one MCTP stack with the platform's
 * end of every bus as an interface (SMBus at the board's platform address, serial, PCC as OSPM, astlpc as
 * BMC; simulated or the real backend), our EID on every interface, the control responder answering as bus
 * owner (as a simple endpoint on links the far end owns), and the bus owner with the board's dynamic EID
 * pool (DSP0236 §8.17). Closing it stops everything in reverse order.
 */
public final class LiveBoard implements AutoCloseable {
    private final BoardSpec spec;
    private final PreciseScheduler simScheduler;
    private final VirtualBoard virtualBoard;
    private final SystemScheduler stackScheduler;
    private final MctpStack stack;
    private final ControlRequester requester;
    private final ControlResponder responder;
    private final BusOwner busOwner;
    private final List<Bus> buses;

    private LiveBoard(BoardSpec spec) {
        this.spec = spec;
        // wire time is modelled with timers: precise ones keep the segments near their wire limit
        this.simScheduler = new PreciseScheduler("sim");
        this.virtualBoard = VirtualBoard.start(spec, simScheduler);
        this.stackScheduler = new SystemScheduler("mctp", 2);
        this.stack = new MctpStack(stackScheduler, StackSettings.DEFAULTS);
        this.responder = new ControlResponder(stack, new EndpointIdentity(platformUuid(spec), Set.of(MessageType.CONTROL),
                true, Optional.of(spec.mctp().localEid()), List.of()));
        try {
            this.buses = List.copyOf(openBuses());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        this.responder.install();
        this.requester = new ControlRequester(stack, RequestOptions.DEFAULT);
        this.busOwner = new BusOwner(stack, requester, new EidPool(spec.mctp().dynamicEidFirst(), spec.mctp().dynamicEidLast()));
    }

    /** The platform's end of every bus as an interface with our EID: the simulator's, or the real backend's. */
    private List<Bus> openBuses() {
        List<Bus> live = new ArrayList<>();
        for (BusSpec b : spec.buses()) {
            Binding binding = b.isVirtual() ? virtualBoard.platformBinding(b.name()) : BusBackends.open(spec, b, stackScheduler);
            MctpInterface iface = stack.addInterface(b.name(), spec.mctp().network(), binding);
            iface.setLocalEid(spec.mctp().localEid());
            boolean ownsLink = b.role() == BusSpec.Role.BUS_OWNER;
            if (!ownsLink) {
                responder.actAsEndpointOn(iface.name());
            }
            List<Bus.DeclaredComponent> declared = new ArrayList<>();
            for (ComponentSpec c : spec.componentsOn(b.name())) {
                declared.add(new Bus.DeclaredComponent(c.id(), c.type(), b.isPointToPoint() ? Bus.NO_ADDRESS : c.address(),
                        c.slot()));
            }
            live.add(new Bus(b.name(), iface.name(), b.binding(), ownsLink, spec.mctp().network(), b.clockHz(),
                    b.isPointToPoint() ? Bus.NO_ADDRESS : b.address(), declared, new BusLane(b.name())));
        }
        return live;
    }

    /** Starts the board: simulator, stack, bindings, control responder and bus owner. */
    public static LiveBoard start(BoardSpec spec) {
        return new LiveBoard(spec);
    }

    /** The platform's own endpoint UUID, stable for a board name. */
    static UUID platformUuid(BoardSpec spec) {
        return UUID.nameUUIDFromBytes(("bmc-platform/" + spec.name()).getBytes(StandardCharsets.UTF_8));
    }

    public BoardSpec spec() {
        return spec;
    }

    public int network() {
        return spec.mctp().network();
    }

    public EndpointId localEid() {
        return spec.mctp().localEid();
    }

    public MctpStack stack() {
        return stack;
    }

    public BusOwner busOwner() {
        return busOwner;
    }

    public ControlRequester requester() {
        return requester;
    }

    ControlResponder responder() {
        return responder;
    }

    public List<Bus> buses() {
        return buses;
    }

    public Bus bus(String name) {
        return buses.stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no bus '" + name + "' on board " + spec.name()));
    }

    /** The simulator, when the board is virtual. */
    public Optional<VirtualBoard> simulation() {
        return Optional.ofNullable(virtualBoard);
    }

    @Override
    public void close() {
        stack.close();
        virtualBoard.close();
        stackScheduler.close();
        simScheduler.close();
    }
}
