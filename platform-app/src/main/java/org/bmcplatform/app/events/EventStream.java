package org.bmcplatform.app.events;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.LongAdder;
import org.bmcplatform.app.discovery.EndpointChanged;
import org.bmcplatform.app.health.ReadingTaken;
import org.bmcplatform.app.inventory.ComponentRegistered;
import org.bmcplatform.app.inventory.ComponentStateChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The server-sent event stream: every subscriber gets {@code reading}, {@code component},
 * {@code endpoint} and {@code event} events. Sending happens on one thread of its own, so a slow
 * browser never holds up a bus poller; a subscriber whose connection fails is dropped and counted.
 */
@Component
class EventStream {
    private static final Logger log = LoggerFactory.getLogger(EventStream.class);
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final Set<SseEmitter> subscribers = ConcurrentHashMap.newKeySet();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sse-sender");
        t.setDaemon(true);
        return t;
    });
    private final LongAdder dropped = new LongAdder();
    private volatile boolean closed;

    /** A new stream; once the application is shutting down, one that is already ended. */
    SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(0L);
        emitter.onCompletion(() -> subscribers.remove(emitter));
        emitter.onTimeout(() -> subscribers.remove(emitter));
        emitter.onError(e -> subscribers.remove(emitter));
        subscribers.add(emitter);
        if (closed) { // checked after adding, so close() either ends it or we do
            subscribers.remove(emitter);
            emitter.complete();
            return emitter;
        }
        offer(() -> send(emitter, SseEmitter.event().comment("connected").reconnectTime(3_000)));
        return emitter;
    }

    int subscribers() {
        return subscribers.size();
    }

    long dropped() {
        return dropped.sum();
    }

    void push(String name, Object data) {
        if (subscribers.isEmpty()) {
            return;
        }
        offer(() -> {
            for (SseEmitter e : subscribers) {
                send(e, SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
            }
        });
    }

    @EventListener
    void on(ReadingTaken e) {
        push("reading", e);
    }

    @EventListener
    void on(ComponentRegistered e) {
        push("component", Map.of("componentId", Long.toString(e.componentId()), "name", e.name(),
                "state", "PRESENT", "at", e.at()));
    }

    @EventListener
    void on(ComponentStateChanged e) {
        push("component", Map.of("componentId", Long.toString(e.componentId()), "name", e.name(),
                "state", e.state().name(), "at", e.at()));
    }

    @EventListener
    void on(EndpointChanged e) {
        push("endpoint", e);
    }

    @Scheduled(fixedRate = 15_000)
    void keepAlive() {
        if (!subscribers.isEmpty()) {
            offer(() -> subscribers.forEach(e -> send(e, SseEmitter.event().comment("keep-alive"))));
        }
    }

    /** Ends every stream before the web server stops, so shutdown does not wait for open connections. */
    @EventListener(ContextClosedEvent.class)
    void close() {
        closed = true;
        subscribers.forEach(SseEmitter::complete);
        subscribers.clear();
        sender.shutdownNow();
    }

    /** Queues work for the sender; after shutdown there is nobody to send to, so it is dropped. */
    private void offer(Runnable work) {
        try {
            sender.execute(work);
        } catch (RejectedExecutionException e) {
            log.debug("event stream closed; not sending");
        }
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            dropped.increment();
            subscribers.remove(emitter);
            log.debug("dropping an event stream subscriber: {}", e.toString());
        }
    }
}
