package org.bmcplatform.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reading writer on an in-memory H2 migrated by Flyway: batched inserts with ids from readings_seq. */
@SpringBootTest(classes = ReadingWriterTest.Slice.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.datasource.url=jdbc:h2:mem:reading-writer-test;DB_CLOSE_DELAY=-1",
                "spring.jpa.properties.hibernate.generate_statistics=true"})
class ReadingWriterTest {

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import({ReadingWriter.class, ReadingRetention.class})
    static class Slice {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    ReadingWriter writer;

    @Autowired
    ReadingRepository readings;

    @Autowired
    SensorRepository sensors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReadingRetention retention;

    @Autowired
    EntityManagerFactory emf;

    @Test
    void aFlushWritesEveryQueuedReadingInJdbcBatchesWithSequenceIds() {
        long id = component();
        Instant t0 = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minusSeconds(60);
        for (int i = 0; i < 2_500; i++) {
            writer.add(new Reading(id, "temperature", 30 + i % 10, "Cel", t0.plusMillis(i)));
        }
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();

        writer.flush();

        assertThat(readings.countByComponentId(id)).isEqualTo(2_500);
        assertThat(writer.written()).isEqualTo(2_500);
        // 2500 rows in batches of 500 through one prepared insert; ids from 3 sequence calls (blocks of 1000).
        assertThat(stats.isStatisticsEnabled()).isTrue();
        assertThat(stats.getEntityInsertCount()).isEqualTo(2_500 + 1); // the readings and the new sensor row
        assertThat(stats.getPrepareStatementCount()).isPositive().isLessThan(20);
        List<Reading> newest = readings.findByComponentIdAndReadAtBetweenOrderByReadAtDesc(id, t0, t0.plusSeconds(10), Limit.of(1));
        assertThat(newest).singleElement().satisfies(r -> assertThat(r.readAt()).isEqualTo(t0.plusMillis(2_499)));
        assertThat(sensors.findByComponentIdOrderByName(id)).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("temperature");
            assertThat(s.lastReadAt()).isEqualTo(t0.plusMillis(2_499));
            assertThat(s.lastValue()).isEqualTo(39.0);
        });
    }

    @Test
    void retentionDeletesOnlyReadingsOlderThanSevenDays() {
        long id = component();
        Instant now = Instant.now();
        writer.add(new Reading(id, "temperature", 30, "Cel", now.minus(java.time.Duration.ofDays(8))));
        writer.add(new Reading(id, "temperature", 31, "Cel", now.minus(java.time.Duration.ofDays(6))));
        writer.add(new Reading(id, "temperature", 32, "Cel", now));
        writer.flush();

        assertThat(retention.expire()).isEqualTo(1);
        assertThat(readings.countByComponentId(id)).isEqualTo(2);
    }

    /** A row for the readings' foreign key (the inventory owns components; this slice has only health). */
    private long component() {
        UUID uuid = UUID.randomUUID();
        jdbc.update("INSERT INTO components (uuid, component_class, name, bus, address, state, first_seen, last_seen) "
                + "VALUES (?, 'DRIVE', 'nvme0', 'smbus0', 29, 'PRESENT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", uuid);
        return jdbc.queryForObject("SELECT id FROM components WHERE uuid = ?", Long.class, uuid);
    }

    @Test
    void aFlushWithNothingQueuedWritesNothing() {
        long before = writer.flushes();
        writer.flush();
        assertThat(writer.flushes()).isEqualTo(before);
    }
}
