package org.bmcplatform.console.discovery;

import java.util.List;

import org.bmcplatform.console.output.KeyValueBlock;
import org.bmcplatform.console.output.Table;
import org.bmcplatform.console.output.Units;
import org.bmcplatform.console.platform.PlatformClient;
import org.bmcplatform.console.shell.FailureExitStatus;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/** {@code endpoints} and {@code discover}: what the bus owner found (DSP0236 §8.17). */
@Component
public class DiscoveryCommands {

    private static final ParameterizedTypeReference<List<EndpointView>> ENDPOINTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<DiscoveryResult> RESULT = new ParameterizedTypeReference<>() {
    };

    private final PlatformClient platform;

    public DiscoveryCommands(PlatformClient platform) {
        this.platform = platform;
    }

    @Command(name = "endpoints", group = "Discovery", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "List the MCTP endpoints the platform found, with EID, UUID and message types",
            help = "endpoints\n  one row per endpoint: network, EID, interface, physical address, UUID, message types, state")
    public String endpoints() {
        return renderEndpoints(platform.get("/api/endpoints", ENDPOINTS));
    }

    @Command(name = "discover", group = "Discovery", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "Rescan all buses for MCTP endpoints and components",
            help = "discover\n  rescans every bus (POST /api/discovery) and prints how many endpoints and components it found")
    public String discover() {
        return renderDiscovery(platform.post("/api/discovery", RESULT));
    }

    static String renderEndpoints(List<EndpointView> endpoints) {
        if (endpoints.isEmpty()) {
            return "No endpoints found yet: run `discover` to scan the buses.";
        }
        Table table = Table.create()
                .numberColumn("NET").numberColumn("EID").column("INTERFACE").column("ADDRESS").column("UUID")
                .column("MESSAGE TYPES").column("STATE").numberColumn("COMPONENT").column("LAST SEEN");
        for (EndpointView e : endpoints) {
            table.row(e.network(), e.eid(), e.interfaceName(), e.physicalAddress(), e.uuid(),
                    e.messageTypes() == null ? null : String.join(",", e.messageTypes()), e.state(), e.componentId(),
                    Units.instant(e.lastSeen()));
        }
        return table.renderCounted("endpoint");
    }

    static String renderDiscovery(DiscoveryResult r) {
        return KeyValueBlock.create()
                .put("Endpoints", r.endpoints())
                .put("New endpoints", r.newEndpoints())
                .put("Components", r.components())
                .put("Duration", r.durationMs() == null ? null : r.durationMs() + " ms")
                .render().stripTrailing();
    }
}
