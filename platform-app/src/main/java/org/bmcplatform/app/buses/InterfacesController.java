package org.bmcplatform.app.buses;

import java.util.List;
import java.util.Map;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.DropReason;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/interfaces: each MCTP interface with its binding, addresses, counters and drops by reason. */
@RestController
class InterfacesController {
    private final LiveBoard board;

    InterfacesController(LiveBoard board) {
        this.board = board;
    }

    record Counters(long packetsIn, long packetsOut, long messagesIn, long messagesOut) {
    }

    record InterfaceView(String name, String binding, int network, int mtu, int localEid, String localAddress,
                         Integer clockHz, boolean up, Counters counters, Map<DropReason, Long> drops) {
    }

    @GetMapping("/api/interfaces")
    List<InterfaceView> interfaces() {
        return board.buses().stream().flatMap(bus -> board.findInterface(bus.interfaceName()).stream()
                .map(i -> view(bus, i))).toList();
    }

    private static InterfaceView view(Bus bus, MctpInterface i) {
        Binding b = i.binding();
        return new InterfaceView(i.name(), b.kind(), i.network(), b.mtu(), i.localEid().value(),
                b.localAddress().toString(), bus.clockHz(), i.isUp(),
                new Counters(i.counters().packetsIn(), i.counters().packetsOut(), i.counters().messagesIn(),
                        i.counters().messagesOut()),
                DropCounters.sum(b.drops(), i.drops()));
    }
}
