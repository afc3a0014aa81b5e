package org.bmcplatform.app.events;

import java.util.List;
import org.bmcplatform.app.InvalidParameterException;
import org.bmcplatform.app.inventory.Inventory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** GET /api/events (newest first; {@code ?component=} one component's) and GET /api/events/stream (SSE). */
@RestController
@RequestMapping("/api/events")
class EventController {
    static final int MAX_LIMIT = 1_000;

    private final EventLog log;
    private final EventStream stream;
    private final Inventory inventory;

    EventController(EventLog log, EventStream stream, Inventory inventory) {
        this.log = log;
        this.stream = stream;
        this.inventory = inventory;
    }

    /** An unknown {@code component} is a 404 like GET /api/components/{id}, not an empty list. */
    @GetMapping
    List<EventEntry.EventView> events(@RequestParam(defaultValue = "100") int limit,
                                     @RequestParam(required = false) String component) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException("limit", Integer.toString(limit),
                    "a number of events from 1 to " + MAX_LIMIT);
        }
        if (component == null) {
            return log.newest(limit);
        }
        return log.newestOf(inventory.require(componentId(component)).getId(), limit);
    }

    private static long componentId(String value) {
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException("component", value,
                "a component id, a number such as 42; list them with GET /api/components");
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        return stream.subscribe();
    }
}
