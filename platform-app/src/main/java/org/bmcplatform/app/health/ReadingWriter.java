package org.bmcplatform.app.health;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Persists readings in batches: pollers add to a queue, and every flush interval
 * ({@code bmc.readings.flush-interval}, default 1 s) one transaction inserts them all (JDBC batches
 * of {@code hibernate.jdbc.batch_size}) and updates each sensor's latest value. A failed flush keeps
 * nothing half-written: the batch is counted as lost and the next flush starts afresh.
 */
@Component
class ReadingWriter {
    private static final Logger log = LoggerFactory.getLogger(ReadingWriter.class);

    private final ConcurrentLinkedQueue<Reading> pending = new ConcurrentLinkedQueue<>();
    private final ReadingRepository readings;
    private final SensorRepository sensors;
    private final TransactionTemplate tx;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private final AtomicLong flushes = new AtomicLong();

    ReadingWriter(ReadingRepository readings, SensorRepository sensors, TransactionTemplate tx,
                  ObjectProvider<MeterRegistry> meters) {
        this.readings = readings;
        this.sensors = sensors;
        this.tx = tx;
        meters.ifAvailable(m -> {
            FunctionCounter.builder("bmc.readings.written", written, AtomicLong::get).register(m);
            FunctionCounter.builder("bmc.readings.lost", lost, AtomicLong::get)
                    .description("readings a failed flush could not store").register(m);
        });
    }

    void add(Reading r) {
        pending.add(r);
    }

    long written() {
        return written.get();
    }

    long lost() {
        return lost.get();
    }

    long flushes() {
        return flushes.get();
    }

    @Scheduled(fixedDelayString = "${bmc.readings.flush-interval:PT1S}")
    synchronized void flush() {
        List<Reading> batch = new ArrayList<>();
        for (Reading r = pending.poll(); r != null; r = pending.poll()) {
            batch.add(r);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> {
                readings.saveAll(batch);
                updateSensors(batch);
            });
            written.addAndGet(batch.size());
            flushes.incrementAndGet();
        } catch (RuntimeException e) {
            lost.addAndGet(batch.size());
            log.warn("could not store {} readings ({} lost so far): {}", batch.size(), lost.get(), e.toString());
        }
    }

    /** Writes what is queued before the database closes. */
    @EventListener(ContextClosedEvent.class)
    void flushOnShutdown() {
        flush();
    }

    private void updateSensors(List<Reading> batch) {
        Map<String, Reading> latest = new LinkedHashMap<>();
        for (Reading r : batch) {
            latest.merge(r.componentId() + "/" + r.sensor(), r,
                    (a, b) -> b.readAt().isBefore(a.readAt()) ? a : b);
        }
        Map<String, Sensor> known = new HashMap<>();
        List<Long> ids = latest.values().stream().map(Reading::componentId).distinct().toList();
        for (Sensor s : sensors.findByComponentIdIn(ids)) {
            known.put(s.componentId() + "/" + s.name(), s);
        }
        for (Map.Entry<String, Reading> e : latest.entrySet()) {
            Reading r = e.getValue();
            Sensor s = known.get(e.getKey());
            if (s == null) {
                s = sensors.save(new Sensor(r.componentId(), r.sensor(), r.unit()));
            }
            s.latest(r.value(), r.unit(), r.readAt());
        }
    }
}
