package org.bmcplatform.app.events;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface EventRepository extends JpaRepository<EventEntry, Long> {

    List<EventEntry> findAllByOrderByIdDesc(Limit limit);

    List<EventEntry> findByComponentIdOrderByIdDesc(Long componentId, Limit limit);
}
