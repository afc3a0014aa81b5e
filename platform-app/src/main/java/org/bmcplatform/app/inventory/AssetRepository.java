package org.bmcplatform.app.inventory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssetRepository extends JpaRepository<Asset, Long> {

    List<Asset> findByComponentIdAndValidToIsNull(long componentId);

    List<Asset> findByComponentIdOrderByKeyAscValidFromAscIdAsc(long componentId);

    /** The components whose current value of asset {@code key} is {@code value}. */
    @Query(value = "select distinct component_id from assets where asset_key = ?1 and asset_value = ?2 and valid_to is null",
            nativeQuery = true)
    List<Long> componentsWithCurrent(String key, String value);
}
