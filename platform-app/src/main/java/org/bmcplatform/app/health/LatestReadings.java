package org.bmcplatform.app.health;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The latest poll of every component, in memory: the health summary and the latest value of each
 * sensor. Recording a poll also queues its readings for the {@link ReadingWriter} and announces them
 * ({@link ReadingTaken}, and {@link HealthChanged} when the status changes, except a first poll that is OK). After a restart the
 * sensors' stored latest values stand in until the first poll.
 *
 * <p>Recording runs on a bus poller's thread as part of the poll: a listener that fails (say the
 * event log cannot reach the database) is counted and logged, never reported as the component not
 * answering, which would mark a healthy component absent.
 */
@Component
public class LatestReadings {
    private static final Logger log = LoggerFactory.getLogger(LatestReadings.class);
    static final String TEMPERATURE = "temperature";
    static final String PERCENTAGE_USED = "percentageUsed";

    private final Map<Long, Latest> byComponent = new ConcurrentHashMap<>();
    private final ReadingWriter writer;
    private final SensorRepository sensors;
    private final ApplicationEventPublisher events;
    private final AtomicLong announceFailures = new AtomicLong();

    LatestReadings(ReadingWriter writer, SensorRepository sensors, ApplicationEventPublisher events,
                   ObjectProvider<MeterRegistry> meters) {
        this.writer = writer;
        this.sensors = sensors;
        this.events = events;
        meters.ifAvailable(m -> FunctionCounter.builder("bmc.readings.announce.failures", announceFailures, AtomicLong::get)
                .description("reading and health events a listener failed to handle").register(m));
    }

    /** Events about recorded polls that a listener failed to handle. */
    long announceFailures() {
        return announceFailures.get();
    }

    /** The health summary, {@link HealthSummary#UNKNOWN} before the first poll. */
    public HealthSummary summary(long componentId) {
        Latest l = byComponent.get(componentId);
        return l == null ? HealthSummary.UNKNOWN : l.summary;
    }

    /** The latest value of each sensor, by sensor name. */
    public List<SensorValue> sensors(long componentId) {
        Latest l = byComponent.get(componentId);
        return l == null ? List.of() : l.sensors;
    }

    /** Records one successful poll. */
    void record(long componentId, Instant at, String status, List<SensorValue> values, List<String> warnings) {
        Latest previous = byComponent.get(componentId);
        List<SensorValue> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparing(SensorValue::sensor));
        HealthSummary summary = new HealthSummary(status, value(values, TEMPERATURE), value(values, PERCENTAGE_USED),
                warnings, at);
        byComponent.put(componentId, new Latest(summary, List.copyOf(sorted)));
        String id = Long.toString(componentId);
        for (SensorValue v : values) {
            writer.add(new Reading(componentId, v.sensor(), v.value(), v.unit(), v.readAt()));
            announce(new ReadingTaken(id, v.sensor(), v.value(), v.unit(), v.readAt()));
        }
        String before = previous == null ? HealthSummary.UNKNOWN.status() : previous.summary.status();
        boolean firstAndHealthy = previous == null && "OK".equals(status);
        if (!firstAndHealthy && !Objects.equals(before, status)) {
            announce(new HealthChanged(componentId, status, before, warnings, at));
        }
    }

    @EventListener(ApplicationStartedEvent.class)
    void restore() {
        Map<Long, List<SensorValue>> stored = new java.util.HashMap<>();
        for (Sensor s : sensors.findAll()) {
            if (s.lastValue() != null) {
                stored.computeIfAbsent(s.componentId(), k -> new ArrayList<>())
                        .add(new SensorValue(s.name(), s.lastValue(), s.unit(), s.lastReadAt()));
            }
        }
        stored.forEach((id, values) -> {
            Instant at = values.stream().map(SensorValue::readAt).max(Comparator.naturalOrder()).orElse(null);
            values.sort(Comparator.comparing(SensorValue::sensor));
            byComponent.putIfAbsent(id, new Latest(new HealthSummary(HealthSummary.UNKNOWN.status(),
                    value(values, TEMPERATURE), value(values, PERCENTAGE_USED), List.of(), at), List.copyOf(values)));
        });
    }

    private void announce(Object event) {
        try {
            events.publishEvent(event);
        } catch (RuntimeException e) {
            long n = announceFailures.incrementAndGet();
            log.warn("announcing {} failed ({} so far): {}", event.getClass().getSimpleName(), n, e.toString());
        }
    }

    private static Double value(List<SensorValue> values, String sensor) {
        for (SensorValue v : values) {
            if (v.sensor().equals(sensor)) {
                return v.value();
            }
        }
        return null;
    }

    private record Latest(HealthSummary summary, List<SensorValue> sensors) {
    }
}
