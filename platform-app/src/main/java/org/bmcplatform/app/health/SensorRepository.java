package org.bmcplatform.app.health;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SensorRepository extends JpaRepository<Sensor, Long> {

    List<Sensor> findByComponentIdIn(Collection<Long> componentIds);

    List<Sensor> findByComponentIdOrderByName(long componentId);
}
