package org.bmcplatform.app.health;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface ReadingRepository extends JpaRepository<Reading, Long> {

    List<Reading> findByComponentIdAndReadAtBetweenOrderByReadAtDesc(long componentId, Instant from, Instant to, Limit limit);

    List<Reading> findByComponentIdAndSensorAndReadAtBetweenOrderByReadAtDesc(long componentId, String sensor,
                                                                              Instant from, Instant to, Limit limit);

    long countByComponentId(long componentId);

    /** Deletes in one statement (no entity loading); returns the number of rows deleted. */
    @Modifying
    @Transactional
    @Query("delete from Reading r where r.readAt < :cutoff")
    int deleteOlderThan(@Param("cutoff") Instant cutoff);
}
