package org.bmcplatform.console.health;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bmcplatform.console.inventory.ComponentId;
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

/** {@code readings <id>}: a component's sensor readings in a time window (default: the last hour). */
@Component
public class HealthCommands {

    private static final ParameterizedTypeReference<ReadingsView> READINGS = new ParameterizedTypeReference<>() {
    };
    /** The platform answers at most this many readings per request. */
    static final int MAX_LIMIT = 10_000;

    private final PlatformClient platform;
    private final Clock clock;

    public HealthCommands(PlatformClient platform, Clock clock) {
        this.platform = platform;
        this.clock = clock;
    }

    @Command(name = "readings", group = "Health", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            completionProvider = ReadingsCompletion.BEAN,
            description = "Show a component's sensor readings (default: the last hour)",
            help = "readings <id> [--sensor temperature] [--from ISO|-15m] [--to ISO|-15m] [--limit N]\n"
                    + "  e.g. readings 3 --sensor temperature --from -15m --limit 20\n"
                    + "  times: ISO-8601 instants (2026-01-31T12:00:00Z) or time ago (-30s, -15m, -2h, -1d)")
    public String readings(
            @Argument(index = 0, description = "component id, as listed by `components`") String id,
            @Option(longName = "sensor", description = "only this sensor, e.g. temperature or percentageUsed") String sensor,
            @Option(longName = "from", description = "start: ISO-8601 instant or time ago (-15m, -2h, -1d)") String from,
            @Option(longName = "to", description = "end: ISO-8601 instant or time ago; default now") String to,
            @Option(longName = "limit", description = "at most this many readings") String limit) {
        ReadingsQuery query = query(id, sensor, from, to, limit, clock.instant());
        return render(platform.get("/api/components/" + query.componentId() + "/readings", query.parameters(), READINGS));
    }

    static ReadingsQuery query(String id, String sensor, String from, String to, String limit, Instant now) {
        long componentId = ComponentId.parse(id, "readings");
        Instant fromInstant = TimeArgument.parse(from, "from", now);
        Instant toInstant = TimeArgument.parse(to, "to", now);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            throw CommandFailure.usage("--from (" + fromInstant + ") must be before --to (" + toInstant + ")");
        }
        Integer max = null;
        if (limit != null && !limit.isBlank()) {
            try {
                max = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                max = null;
            }
            if (max == null || max < 1 || max > MAX_LIMIT) {
                throw CommandFailure.usage("--limit '" + limit.strip() + "' is not a count: give a whole number from 1 to " + MAX_LIMIT);
            }
        }
        String sensorName = sensor == null || sensor.isBlank() ? null : sensor.strip();
        return new ReadingsQuery(componentId, sensorName, fromInstant, toInstant, max);
    }

    static String render(ReadingsView view) {
        String window = "Component " + view.componentId() + ", " + Units.instant(view.from()) + " to " + Units.instant(view.to());
        if (view.readings() == null || view.readings().isEmpty()) {
            return window + ": no readings in this window (try a wider one, e.g. --from=-1d)";
        }
        Table table = Table.create().column("AT").column("SENSOR").numberColumn("VALUE");
        for (ReadingsView.Reading r : view.readings()) {
            table.row(Units.instant(r.at()), r.sensor(), Units.value(r.value(), r.unit()));
        }
        return window + "\n" + table.renderCounted("reading");
    }

    /** Validated arguments of {@code readings}; null fields are left to the server's defaults. */
    record ReadingsQuery(long componentId, String sensor, Instant from, Instant to, Integer limit) {

        Map<String, Object> parameters() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("sensor", sensor);
            p.put("from", from == null ? null : from.toString());
            p.put("to", to == null ? null : to.toString());
            p.put("limit", limit);
            return p;
        }
    }
}
