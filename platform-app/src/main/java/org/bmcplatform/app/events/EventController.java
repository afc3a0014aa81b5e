package org.bmcplatform.app.events;

import java.util.List;
import org.bmcplatform.app.InvalidParameterException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** GET /api/events (newest first) and GET /api/events/stream (SSE). */
@RestController
@RequestMapping("/api/events")
class EventController {
    static final int MAX_LIMIT = 1_000;

    private final EventLog log;
    private final EventStream stream;

    EventController(EventLog log, EventStream stream) {
        this.log = log;
        this.stream = stream;
    }

    @GetMapping
    List<EventEntry.EventView> events(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException("limit", Integer.toString(limit),
                    "a number of events from 1 to " + MAX_LIMIT);
        }
        return log.newest(limit);
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        return stream.subscribe();
    }
}
