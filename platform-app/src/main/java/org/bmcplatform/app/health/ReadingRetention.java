package org.bmcplatform.app.health;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes readings older than {@code bmc.readings.retention} (default 7 days), once an hour. */
@Component
class ReadingRetention {
    private static final Logger log = LoggerFactory.getLogger(ReadingRetention.class);

    private final ReadingRepository readings;
    private final Clock clock;
    private final Duration retention;

    ReadingRetention(ReadingRepository readings, Clock clock, @Value("${bmc.readings.retention:P7D}") Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("bmc.readings.retention must be positive, was " + retention);
        }
        this.readings = readings;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    int expire() {
        int deleted = readings.deleteOlderThan(clock.instant().minus(retention));
        if (deleted > 0) {
            log.info("deleted {} readings older than {}", deleted, retention);
        }
        return deleted;
    }
}
