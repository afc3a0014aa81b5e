package org.bmcplatform.app.health;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReadingRepository extends JpaRepository<Reading, Long> {

    List<Reading> findByComponentIdAndReadAtBetweenOrderByReadAtDesc(long componentId, Instant from, Instant to, Limit limit);

    List<Reading> findByComponentIdAndSensorAndReadAtBetweenOrderByReadAtDesc(long componentId, String sensor,
                                                                              Instant from, Instant to, Limit limit);

    long countByComponentId(long componentId);
}
