package org.bmcplatform.app.ports;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PortRepository extends JpaRepository<Port, Long> {

    List<Port> findByComponentIdOrderByPortAsc(long componentId);

    Optional<Port> findByComponentIdAndPort(long componentId, int port);
}
