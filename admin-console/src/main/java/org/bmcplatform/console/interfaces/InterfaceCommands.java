package org.bmcplatform.console.interfaces;

import java.util.List;
import java.util.Map;

import org.bmcplatform.console.platform.PlatformClient;
import org.bmcplatform.console.shell.FailureExitStatus;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/**
 * {@code interfaces}, {@code interface <name>}, {@code interface up|down <name>}: the MCTP interfaces
 * with their traffic and drops, and their administrative state (the {@code mctp link} analogue).
 */
@Component
public class InterfaceCommands {

    private static final ParameterizedTypeReference<List<InterfaceView>> INTERFACES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<InterfaceView> INTERFACE = new ParameterizedTypeReference<>() {
    };

    private final PlatformClient platform;

    public InterfaceCommands(PlatformClient platform) {
        this.platform = platform;
    }

    @Command(name = "interfaces", group = "Interfaces", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "List the MCTP interfaces with binding, MTU, local EID, state, traffic and drops",
            help = "interfaces\n  one row per interface; UP is the administrative state (`interface up|down`), LINK the medium's;\n"
                    + "  DROPS is the total and the non-zero reasons")
    public String interfaces() {
        return InterfaceTable.render(platform.get("/api/interfaces", INTERFACES));
    }

    @Command(name = "interface", group = "Interfaces", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "Show one MCTP interface: binding, addresses, state, traffic and drops",
            help = "interface <name>\n  e.g. interface smbus0  (names are listed by `interfaces`)")
    public String show(@Argument(index = 0, description = "interface name, as listed by `interfaces`") String name) {
        String n = InterfaceName.parse(name, "interface <name>");
        return InterfaceBlock.render(platform.get("/api/interfaces/" + n, INTERFACE));
    }

    @Command(name = {"interface", "up"}, group = "Interfaces", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "Bring an MCTP interface administratively up, so its endpoints are reached again",
            help = "interface up <name>\n  e.g. interface up smbus1; doing it twice changes nothing")
    public String up(@Argument(index = 0, description = "interface name, as listed by `interfaces`") String name) {
        return setUp(InterfaceName.parse(name, "interface up <name>"), true);
    }

    @Command(name = {"interface", "down"}, group = "Interfaces", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "Bring an MCTP interface administratively down: nothing is sent or received on it",
            help = "interface down <name>\n  e.g. interface down smbus1; the components behind it go absent until `interface up smbus1`")
    public String down(@Argument(index = 0, description = "interface name, as listed by `interfaces`") String name) {
        return setUp(InterfaceName.parse(name, "interface down <name>"), false);
    }

    private String setUp(String name, boolean up) {
        return InterfaceBlock.stateLine(platform.put("/api/interfaces/" + name + "/state", Map.of("up", up), INTERFACE));
    }
}
