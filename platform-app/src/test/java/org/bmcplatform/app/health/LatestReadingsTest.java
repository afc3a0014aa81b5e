package org.bmcplatform.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;

class LatestReadingsTest {
    private static final Instant AT = Instant.parse("2026-11-22T02:00:00Z");

    private final List<Object> announced = new ArrayList<>();

    @Test
    void aListenerThatFailsOnHealthChangedDoesNotFailThePollThatRecordedIt() {
        ApplicationEventPublisher eventLogDown = event -> {
            if (event instanceof HealthChanged) {
                throw new IllegalStateException("could not open a JDBC connection");
            }
            announced.add(event);
        };
        LatestReadings latest = latestReadings(eventLogDown);

        latest.record(7, AT, "WARNING", List.of(new SensorValue(LatestReadings.TEMPERATURE, 71.0, "°C", AT)),
                List.of("temperature above threshold"));

        assertThat(latest.summary(7).status()).isEqualTo("WARNING");
        assertThat(latest.summary(7).temperatureCelsius()).isEqualTo(71.0);
        assertThat(announced).singleElement().isInstanceOf(ReadingTaken.class);
        assertThat(latest.announceFailures()).isEqualTo(1);
    }

    @Test
    void aFirstHealthyPollAnnouncesItsReadingsAndNoHealthChange() {
        LatestReadings latest = latestReadings(announced::add);

        latest.record(3, AT, "OK", List.of(new SensorValue(LatestReadings.TEMPERATURE, 33.0, "°C", AT)), List.of());

        assertThat(announced).singleElement().isInstanceOf(ReadingTaken.class);
        assertThat(latest.announceFailures()).isZero();
    }

    private static LatestReadings latestReadings(ApplicationEventPublisher events) {
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        ReadingWriter writer = new ReadingWriter(null, null, null, none.getBeanProvider(MeterRegistry.class));
        return new LatestReadings(writer, null, events, none.getBeanProvider(MeterRegistry.class));
    }
}
