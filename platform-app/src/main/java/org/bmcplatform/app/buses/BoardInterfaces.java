package org.bmcplatform.app.buses;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bmcplatform.mctp.MctpInterface;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The MCTP interfaces of the live board, in board-file order: looked up by name for the REST
 * features, and brought administratively up or down. Down, the stack fails every transmission on
 * the interface with BINDING_DOWN and drops what arrives (DropReason.INTERFACE_DOWN), so polls of
 * the components behind it fail and they go absent; up again, the poller's re-probe finds them.
 */
@Component
public class BoardInterfaces {
    private final LiveBoard board;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BoardInterfaces(LiveBoard board, ApplicationEventPublisher events, Clock clock) {
        this.board = board;
        this.events = events;
        this.clock = clock;
    }

    /** One interface per bus, in the order the board file declares them; none on the kernel transport. */
    public List<MctpInterface> all() {
        return board.buses().stream().map(b -> board.findInterface(b.interfaceName()))
                .flatMap(Optional::stream).toList();
    }

    /** @throws UnknownInterfaceException (404) naming the interfaces there are */
    public MctpInterface named(String name) {
        return all().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new UnknownInterfaceException(name, all().stream().map(MctpInterface::name).toList()));
    }

    /**
     * Sets the administrative state; idempotent: only a change is published as
     * {@link InterfaceStateChanged}.
     */
    MctpInterface setUp(String name, boolean up) {
        MctpInterface i = named(name);
        boolean changed;
        synchronized (this) {
            changed = i.isUp() != up;
            if (changed) {
                i.setUp(up);
            }
        }
        if (changed) {
            events.publishEvent(new InterfaceStateChanged(clock.instant(), i.name(), up));
        }
        return i;
    }

    /** The bus clock of the interface's segment, when the bus has one. */
    Integer clockHz(MctpInterface i) {
        return board.buses().stream().filter(b -> b.interfaceName().equals(i.name())).findFirst()
                .map(Bus::clockHz).orElse(null);
    }
}
