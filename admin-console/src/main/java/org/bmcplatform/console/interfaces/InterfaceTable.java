package org.bmcplatform.console.interfaces;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.bmcplatform.console.output.Table;
import org.bmcplatform.console.output.Units;

/** The {@code interfaces} table, the {@code mctp link} analogue: UP is the administrative state, LINK the medium's. */
final class InterfaceTable {

    private InterfaceTable() {
    }

    static String render(List<InterfaceView> interfaces) {
        if (interfaces.isEmpty()) {
            return "No MCTP interfaces: the board file declares no buses.";
        }
        Table table = Table.create()
                .column("NAME").column("BINDING").numberColumn("NET").numberColumn("MTU").numberColumn("EID")
                .column("ADDRESS").numberColumn("CLOCK").column("UP").column("LINK").numberColumn("PKTS IN")
                .numberColumn("PKTS OUT").numberColumn("MSGS IN").numberColumn("MSGS OUT").column("DROPS");
        for (InterfaceView i : interfaces) {
            InterfaceView.Counters c = i.counters();
            table.row(i.name(), i.binding(), i.network(), i.mtu(), i.localEid(), Units.address(i.localAddress()),
                    clock(i.clockHz()), yesNo(i.up()), upDown(i.linkUp()),
                    c == null ? null : c.packetsIn(), c == null ? null : c.packetsOut(),
                    c == null ? null : c.messagesIn(), c == null ? null : c.messagesOut(), drops(i.drops()));
        }
        return table.renderCounted("interface");
    }

    static String yesNo(Boolean b) {
        return b == null ? null : (b ? "yes" : "no");
    }

    static String upDown(Boolean b) {
        return b == null ? null : (b ? "up" : "down");
    }

    /** {@code 100 kHz}, {@code 1 MHz}; none for a link without a clock. */
    static String clock(Long hz) {
        if (hz == null || hz <= 0) {
            return null;
        }
        if (hz % 1_000_000 == 0) {
            return hz / 1_000_000 + " MHz";
        }
        if (hz % 1_000 == 0) {
            return hz / 1_000 + " kHz";
        }
        return hz + " Hz";
    }

    /** {@code 0}, or the total and the reasons that are not zero: {@code 3 (BAD_PEC=2, TRUNCATED=1)}. */
    static String drops(Map<String, Long> drops) {
        if (drops == null) {
            return null;
        }
        long total = 0;
        StringBuilder reasons = new StringBuilder();
        for (Map.Entry<String, Long> e : new TreeMap<>(drops).entrySet()) {
            long n = e.getValue() == null ? 0 : e.getValue();
            if (n != 0) {
                total += n;
                reasons.append(reasons.length() == 0 ? "" : ", ").append(e.getKey()).append('=').append(n);
            }
        }
        return total == 0 ? "0" : String.format(Locale.ROOT, "%d (%s)", total, reasons);
    }
}
