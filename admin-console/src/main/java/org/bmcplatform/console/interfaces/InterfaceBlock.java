package org.bmcplatform.console.interfaces;

import org.bmcplatform.console.output.KeyValueBlock;
import org.bmcplatform.console.output.Units;

/** One interface ({@code interface <name>}) as a key/value block, and the line {@code interface up|down} prints. */
final class InterfaceBlock {

    private InterfaceBlock() {
    }

    static String render(InterfaceView i) {
        InterfaceView.Counters c = i.counters();
        return KeyValueBlock.create()
                .put("Name", i.name())
                .put("Binding", i.binding())
                .put("Network", i.network())
                .put("MTU", i.mtu())
                .put("Local EID", i.localEid())
                .put("Address", Units.address(i.localAddress()))
                .put("Clock", InterfaceTable.clock(i.clockHz()))
                .put("Up", i.up() == null ? null : (i.up() ? "yes" : "no (administratively down: `interface up " + i.name() + "`)"))
                .put("Link", InterfaceTable.upDown(i.linkUp()))
                .put("Packets in", c == null ? null : c.packetsIn())
                .put("Packets out", c == null ? null : c.packetsOut())
                .put("Messages in", c == null ? null : c.messagesIn())
                .put("Messages out", c == null ? null : c.messagesOut())
                .put("Drops", InterfaceTable.drops(i.drops()))
                .render().stripTrailing();
    }

    /** What {@code interface up|down} answers: the new administrative state and the link's. */
    static String stateLine(InterfaceView i) {
        String link = i.linkUp() == null ? "" : ", link " + InterfaceTable.upDown(i.linkUp());
        if (Boolean.FALSE.equals(i.up())) {
            return i.name() + " is down" + link + ": its endpoints cannot be reached until `interface up " + i.name() + "`";
        }
        return i.name() + " is up" + link;
    }
}
