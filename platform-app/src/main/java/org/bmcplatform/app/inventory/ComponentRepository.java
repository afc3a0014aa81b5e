package org.bmcplatform.app.inventory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComponentRepository extends JpaRepository<Component, Long> {

    Optional<Component> findByUuid(UUID uuid);

    List<Component> findAllByOrderByBusAscAddressAsc();

    List<Component> findByBusAndAddressAndState(String bus, int address, ComponentState state);

    List<Component> findByParentId(Long parentId);

    List<Component> findByEndpointIdAndParentIdIsNull(Long endpointId);
}
