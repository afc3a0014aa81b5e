package org.bmcplatform.app.ports;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface PortChangeRepository extends JpaRepository<PortChange, Long> {

    List<PortChange> findByComponentIdAndPortOrderByChangedAtDescIdDesc(long componentId, int port, Limit limit);
}
