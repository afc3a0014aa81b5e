package org.bmcplatform.console.inventory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.bmcplatform.console.output.Table;
import org.bmcplatform.console.output.Units;
import org.bmcplatform.console.platform.PlatformClient;
import org.bmcplatform.console.shell.CommandFailure;
import org.bmcplatform.console.shell.FailureExitStatus;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code port history <id> <port>}: every change of a NIC port's link or speed, newest first, with how long each lasted. */
@Component
public class PortCommands {

    private static final ParameterizedTypeReference<List<PortChangeView>> HISTORY = new ParameterizedTypeReference<>() {
    };
    /** The platform answers at most this many changes per request. */
    static final int MAX_LIMIT = 1000;

    private final PlatformClient platform;
    private final Clock clock;

    public PortCommands(PlatformClient platform, Clock clock) {
        this.platform = platform;
        this.clock = clock;
    }

    @Command(name = {"port", "history"}, group = "Inventory", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "Show a NIC port's link history: every change of link or speed, newest first",
            help = "port history <id> <port> [--limit N]\n  e.g. port history 19 1  (`component <id>` of a NIC lists its ports)")
    public String history(@Argument(index = 0, description = "the NIC's component id, as listed by `components --class nic`") String id,
                          @Argument(index = 1, description = "port number, as listed by `component <id>`") String port,
                          @Option(longName = "limit", description = "at most this many changes (default 100)") String limit) {
        long componentId = ComponentId.parse(id, "port history");
        int portNumber = port(port, componentId);
        Integer max = limit(limit);
        List<PortChangeView> changes = platform.get("/api/components/" + componentId + "/ports/" + portNumber + "/history",
                max == null ? Map.of() : Map.of("limit", max), HISTORY);
        return render(componentId, portNumber, changes, clock.instant());
    }

    static int port(String raw, long componentId) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            throw CommandFailure.usage("give a port: `port history " + componentId + " <port>`; `component " + componentId
                    + "` lists the NIC's ports");
        }
        try {
            int n = Integer.parseInt(s);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw CommandFailure.usage("'" + s + "' is not a port: ports are numbered from 0; `component " + componentId + "` lists them");
    }

    static Integer limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw CommandFailure.usage("--limit '" + raw.strip() + "' is not a count: give a whole number from 1 to " + MAX_LIMIT);
    }

    /** Each change lasted until the next (newer) one; the newest lasts until {@code now} and is marked as current. */
    static String render(long componentId, int port, List<PortChangeView> newestFirst, Instant now) {
        String title = "Component " + componentId + " port " + port + ", newest first";
        if (newestFirst.isEmpty()) {
            return title + ": no change recorded yet";
        }
        Table table = Table.create().column("SINCE").column("LINK").column("SPEED").column("LASTED");
        Instant end = now;
        for (int i = 0; i < newestFirst.size(); i++) {
            PortChangeView c = newestFirst.get(i);
            Instant at = instant(c.at());
            String lasted = at == null ? null : duration(Duration.between(at, end)) + (i == 0 ? " (current)" : "");
            table.row(Units.instant(c.at()), c.link(), InventoryCommands.speed(c.speedMbps()), lasted);
            if (at != null) {
                end = at;
            }
        }
        return title + "\n" + table.renderCounted("change");
    }

    /** "45 s", "3 min 20 s", "2 h 5 min", "3 d 4 h". */
    static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        }
        if (s < 86_400) {
            return s / 3600 + " h" + (s % 3600 / 60 == 0 ? "" : " " + s % 3600 / 60 + " min");
        }
        return s / 86_400 + " d" + (s % 86_400 / 3600 == 0 ? "" : " " + s % 86_400 / 3600 + " h");
    }

    private static Instant instant(String iso) {
        try {
            return iso == null ? null : Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
