package org.bmcplatform.app.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bmcplatform.app.InvalidParameterException;
import org.bmcplatform.app.inventory.Inventory;
import org.springframework.data.domain.Limit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/components/{id}/readings?from=&to=&sensor=&limit= : stored readings, oldest first. */
@RestController
class ReadingsController {
    static final Duration DEFAULT_WINDOW = Duration.ofHours(1);
    static final int DEFAULT_LIMIT = 1_000;
    static final int MAX_LIMIT = 10_000;
    static final String INSTANT_FORMAT = "an ISO-8601 instant in UTC such as 2026-11-22T01:00:00Z";

    private final Inventory inventory;
    private final ReadingRepository readings;
    private final Clock clock;

    ReadingsController(Inventory inventory, ReadingRepository readings, Clock clock) {
        this.inventory = inventory;
        this.readings = readings;
        this.clock = clock;
    }

    record ReadingView(String sensor, double value, String unit, Instant at) {
    }

    record ReadingPage(String componentId, Instant from, Instant to, List<ReadingView> readings) {
    }

    @GetMapping("/api/components/{id}/readings")
    ReadingPage readings(@PathVariable long id,
                         @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to,
                         @RequestParam(required = false) String sensor,
                         @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        inventory.require(id);
        Instant end = to == null || to.isBlank() ? clock.instant() : instant("to", to);
        Instant start = from == null || from.isBlank() ? end.minus(DEFAULT_WINDOW) : instant("from", from);
        if (start.isAfter(end)) {
            throw new InvalidParameterException("from", from, "no later than 'to' (" + end + ")");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException("limit", Integer.toString(limit), "a number of readings from 1 to " + MAX_LIMIT);
        }
        List<Reading> newestFirst = sensor == null || sensor.isBlank()
                ? readings.findByComponentIdAndReadAtBetweenOrderByReadAtDesc(id, start, end, Limit.of(limit))
                : readings.findByComponentIdAndSensorAndReadAtBetweenOrderByReadAtDesc(id, sensor, start, end, Limit.of(limit));
        List<ReadingView> views = new ArrayList<>(newestFirst.size());
        for (Reading r : newestFirst) {
            views.add(new ReadingView(r.sensor(), r.value(), r.unit(), r.readAt()));
        }
        Collections.reverse(views);
        return new ReadingPage(Long.toString(id), start, end, views);
    }

    private static Instant instant(String parameter, String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, text, INSTANT_FORMAT);
        }
    }
}
