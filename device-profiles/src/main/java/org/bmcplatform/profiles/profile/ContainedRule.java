package org.bmcplatform.profiles.profile;

import java.util.List;
import java.util.Set;

/**
 * Components a terminus reports for entities it contains (DSP0248 entity association PDRs): every contained
 * entity of one of {@code entityTypes} becomes a component of {@code componentClass}, its assets from the FRU
 * record set a FRU Record Set PDR ties to it (DSP0257), its sensors chosen among the numeric sensors on that
 * entity. E.g. the SAS/SATA drives behind an HBA: entity type 107 (hard drive), class drive.
 */
public record ContainedRule(ComponentClass componentClass, Set<Integer> entityTypes, List<SensorSpec> sensors) {
    public ContainedRule {
        if (componentClass == null || entityTypes == null || entityTypes.isEmpty()) {
            throw new IllegalArgumentException("a contained rule names its class and at least one entity type");
        }
        entityTypes = Set.copyOf(entityTypes);
        sensors = List.copyOf(sensors);
        if (sensors.stream().anyMatch(s -> s.source() != SensorSource.PLDM_NUMERIC_SENSOR)) {
            throw new IllegalArgumentException("a contained component's sensors are pldm.numeric-sensor sources");
        }
    }
}
