package org.bmcplatform.app.ports;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PortCounterReadingRepository extends JpaRepository<PortCounterReading, Long> {

    List<PortCounterReading> findByComponentId(long componentId);

    Optional<PortCounterReading> findByComponentIdAndPort(long componentId, int port);
}
