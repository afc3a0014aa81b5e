package org.bmcplatform.app.discovery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EndpointRepository extends JpaRepository<Endpoint, Long> {

    Optional<Endpoint> findByUuid(UUID uuid);

    List<Endpoint> findAllByOrderByNetworkAscEidAsc();

    Optional<Endpoint> findByNetworkAndEidAndState(int network, int eid, EndpointState state);
}
