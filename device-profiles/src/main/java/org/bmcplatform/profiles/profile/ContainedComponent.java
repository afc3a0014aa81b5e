package org.bmcplatform.profiles.profile;

import java.util.Map;
import org.bmcplatform.profiles.pldm.EntityId;

/**
 * A component behind a terminus (a drive behind an HBA), as its PDRs and FRU records describe it. {@code key}
 * tells it apart from the terminus's other contained components across re-walks and resets: its FRU serial
 * number when it has one (a swapped drive is another component), else its entity (type, instance, container).
 * {@code rule} is the profile rule that found it (class and sensors).
 */
public record ContainedComponent(EntityId entity, String key, Map<String, String> assets, ContainedRule rule) {
    public ContainedComponent {
        if (entity == null || key == null || key.isBlank() || rule == null) {
            throw new IllegalArgumentException("entity, key and rule are required");
        }
        assets = Map.copyOf(assets);
    }

    /** {@code drive1}: the class and the entity instance number. */
    public String label() {
        return rule.componentClass().yamlName() + entity.entityInstance();
    }
}
