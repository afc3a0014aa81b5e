package org.bmcplatform.console.interfaces;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.bmcplatform.console.output.Table;
import org.bmcplatform.console.output.Units;
import org.bmcplatform.console.platform.PlatformClient;
import org.bmcplatform.console.shell.FailureExitStatus;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/** {@code interfaces}: the MCTP interfaces with their traffic and drops by reason. */
@Component
public class InterfaceCommands {

    private static final ParameterizedTypeReference<List<InterfaceView>> INTERFACES = new ParameterizedTypeReference<>() {
    };

    private final PlatformClient platform;

    public InterfaceCommands(PlatformClient platform) {
        this.platform = platform;
    }

    @Command(name = "interfaces", group = "Interfaces", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "List the MCTP interfaces with binding, MTU, local EID, traffic and drops",
            help = "interfaces\n  one row per interface; DROPS is the total and the non-zero reasons")
    public String interfaces() {
        return render(platform.get("/api/interfaces", INTERFACES));
    }

    static String render(List<InterfaceView> interfaces) {
        if (interfaces.isEmpty()) {
            return "No MCTP interfaces: the board file declares no buses.";
        }
        Table table = Table.create()
                .column("NAME").column("BINDING").numberColumn("NET").numberColumn("MTU").numberColumn("EID")
                .column("ADDRESS").numberColumn("CLOCK").column("UP").numberColumn("PKTS IN").numberColumn("PKTS OUT")
                .numberColumn("MSGS IN").numberColumn("MSGS OUT").column("DROPS");
        for (InterfaceView i : interfaces) {
            InterfaceView.Counters c = i.counters();
            table.row(i.name(), i.binding(), i.network(), i.mtu(), i.localEid(), Units.address(i.localAddress()),
                    clock(i.clockHz()), i.up() == null ? null : (i.up() ? "yes" : "no"),
                    c == null ? null : c.packetsIn(), c == null ? null : c.packetsOut(),
                    c == null ? null : c.messagesIn(), c == null ? null : c.messagesOut(), drops(i.drops()));
        }
        return table.renderCounted("interface");
    }

    /** {@code 100 kHz}, {@code 1 MHz}. */
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
