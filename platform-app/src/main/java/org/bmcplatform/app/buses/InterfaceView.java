package org.bmcplatform.app.buses;

import java.util.Map;
import org.bmcplatform.mctp.InterfaceCounters;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.DropReason;

/**
 * The JSON shape of one interface in {@code /api/interfaces}: {@code up} is the administrative state
 * (set through the API), {@code linkUp} the medium's own state as the binding reports it.
 */
record InterfaceView(String name, String binding, int network, int mtu, int localEid, String localAddress,
                     Integer clockHz, boolean up, boolean linkUp, Counters counters, Map<DropReason, Long> drops) {

    record Counters(long packetsIn, long packetsOut, long messagesIn, long messagesOut) {
    }

    static InterfaceView of(MctpInterface i, Integer clockHz) {
        Binding b = i.binding();
        InterfaceCounters c = i.counters();
        return new InterfaceView(i.name(), b.kind(), i.network(), b.mtu(), i.localEid().value(),
                b.localAddress().toString(), clockHz, i.isUp(), b.isLinkUp(),
                new Counters(c.packetsIn(), c.packetsOut(), c.messagesIn(), c.messagesOut()),
                DropCounters.sum(b.drops(), i.drops()));
    }
}
