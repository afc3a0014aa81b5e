package org.bmcplatform.app.buses;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.smbus.SmbusBinding;
import org.bmcplatform.mctp.binding.smbus.SmbusBlockReader;
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
 * The board on the platform's own MCTP stack: the virtual board (for its virtual buses), one stack with the
 * platform's end of every bus as an interface (SMBus at the board's platform address, serial, PCC as OSPM,
 * astlpc as BMC; simulated or the real backend), our EID on every interface, the control responder answering
 * as bus owner (as a simple endpoint on links the far end owns), and the bus owner with the board's dynamic
 * EID pool (DSP0236 §8.17). The platform reports message types control and PLDM (it receives PLDM events).
 */
final class StackTransport {
    private StackTransport() {
    }

    static LiveBoard open(BoardSpec spec) {
        // wire time is modelled with timers: precise ones keep the segments near their wire limit
        PreciseScheduler simScheduler = new PreciseScheduler("sim");
        VirtualBoard virtualBoard = VirtualBoard.start(spec, simScheduler);
        SystemScheduler stackScheduler = new SystemScheduler("mctp", 2);
        MctpStack stack = new MctpStack(stackScheduler, StackSettings.DEFAULTS);
        List<AutoCloseable> closeInOrder = List.of(stack, virtualBoard, stackScheduler, simScheduler);
        ControlResponder responder = new ControlResponder(stack, new EndpointIdentity(platformUuid(spec),
                Set.of(MessageType.CONTROL, MessageType.PLDM), true, Optional.of(spec.mctp().localEid()), List.of()));
        List<Bus> buses;
        try {
            buses = openBuses(spec, virtualBoard, stack, stackScheduler, responder);
        } catch (RuntimeException e) {
            new LiveBoard(spec, List.of(), stack, stackScheduler, null, List.of(), null, closeInOrder).close();
            throw e;
        }
        responder.install();
        ControlRequester requester = new ControlRequester(stack, RequestOptions.DEFAULT);
        BusOwner busOwner = new BusOwner(stack, requester,
                new EidPool(spec.mctp().dynamicEidFirst(), spec.mctp().dynamicEidLast()));
        return new LiveBoard(spec, buses, stack, stackScheduler, new StackEndpointSetup(busOwner), stack.interfaces(),
                virtualBoard, closeInOrder);
    }

    /** The platform's own endpoint UUID, stable for a board name. */
    static UUID platformUuid(BoardSpec spec) {
        return UUID.nameUUIDFromBytes(("bmc-platform/" + spec.name()).getBytes(StandardCharsets.UTF_8));
    }

    /** The platform's end of every bus as an interface with our EID: the simulator's, or the real backend's. */
    private static List<Bus> openBuses(BoardSpec spec, VirtualBoard virtualBoard, MctpStack stack,
                                       SystemScheduler scheduler, ControlResponder responder) {
        List<Bus> live = new ArrayList<>();
        for (BusSpec b : spec.buses()) {
            Binding binding = b.isVirtual() ? virtualBoard.platformBinding(b.name()) : BusBackends.open(spec, b, scheduler);
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
            // a point-to-point link has one far end to find, declared or not; a drive with only the Basic
            // Management Command has no MCTP endpoint to set up (the bus's basic-management list finds it)
            List<Integer> probed = b.isPointToPoint() ? List.of(Bus.NO_ADDRESS)
                    : spec.componentsOn(b.name()).stream().filter(ComponentSpec::hasMctpEndpoint).map(ComponentSpec::address).toList();
            Optional<SmbusBlockReader> blockReader = binding instanceof SmbusBinding smbus
                    ? Optional.of(smbus.port()) : Optional.empty();
            live.add(new Bus(b.name(), iface.name(), b.binding(), ownsLink, spec.mctp().network(), b.clockHz(),
                    b.isPointToPoint() ? Bus.NO_ADDRESS : b.address(), declared, probed, new BusLane(b.name()),
                    b.basicManagement(), blockReader));
        }
        return live;
    }
}
