package org.bmcplatform.app.inventory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssetRepository extends JpaRepository<Asset, Long> {

    List<Asset> findByComponentIdAndValidToIsNull(long componentId);

    List<Asset> findByComponentIdOrderByKeyAscValidFromAscIdAsc(long componentId);
}
