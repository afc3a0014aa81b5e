package org.bmcplatform.profiles.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bmcplatform.profiles.pldm.EntityId;
import org.bmcplatform.profiles.pldm.FruRecordSetPdr;
import org.bmcplatform.profiles.pldm.FruRecordType;

/**
 * Finds the components a terminus contains under a profile's rules: every entity that an entity association
 * contains (DSP0248 Entity Association PDR), of a rule's entity type, and that carries a sensor or a FRU
 * record set; its assets from the General FRU record of its record set (DSP0257, via the FRU Record Set PDR).
 */
final class ContainedComponents {
    private ContainedComponents() {
    }

    static List<ContainedComponent> find(DeviceProfile profile, Identification identified) {
        PdrRepository pdrs = identified.pdrs();
        List<ContainedComponent> out = new ArrayList<>();
        for (ContainedRule rule : profile.contained()) {
            for (EntityId entity : pdrs.describedEntities()) {
                if (rule.entityTypes().contains(entity.entityType()) && pdrs.isContained(entity)) {
                    Map<String, String> assets = assets(entity, identified);
                    String key = Optional.ofNullable(assets.get("serialNumber")).map(sn -> "serial:" + sn)
                            .orElse(String.format("entity:%d.%d.%d", entity.entityType(), entity.entityInstance(),
                                    entity.containerId()));
                    out.add(new ContainedComponent(entity, key, assets, rule));
                }
            }
        }
        return out;
    }

    private static Map<String, String> assets(EntityId entity, Identification identified) {
        return identified.pdrs().fruRecordSets().stream().filter(s -> s.entity().equals(entity))
                .map(FruRecordSetPdr::fruRecordSetId).findFirst()
                .flatMap(set -> identified.fru().records().stream()
                        .filter(r -> r.recordSetId() == set && r.type().equals(FruRecordType.GENERAL)).findFirst())
                .map(FruAssets::of).orElse(Map.of());
    }
}
