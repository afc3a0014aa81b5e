package org.bmcplatform.profiles.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bmcplatform.profiles.pldm.EntityAssociationPdr;
import org.bmcplatform.profiles.pldm.EntityId;
import org.bmcplatform.profiles.pldm.FruRecordSetPdr;
import org.bmcplatform.profiles.pldm.NumericSensorPdr;
import org.bmcplatform.profiles.pldm.Pdr;
import org.bmcplatform.profiles.pldm.StateSensorPdr;

/**
 * The Platform Descriptor Records a PLDM terminus served when its repository was walked (DSP0248 §28), in
 * repository order: what sensors it has, on which entities, and which FRU record set describes which entity.
 */
public record PdrRepository(List<Pdr> records) {
    public static final PdrRepository EMPTY = new PdrRepository(List.of());

    public PdrRepository {
        records = List.copyOf(records);
    }

    public List<NumericSensorPdr> numericSensors() {
        return records.stream().filter(NumericSensorPdr.class::isInstance).map(NumericSensorPdr.class::cast).toList();
    }

    public List<StateSensorPdr> stateSensors() {
        return records.stream().filter(StateSensorPdr.class::isInstance).map(StateSensorPdr.class::cast).toList();
    }

    public List<FruRecordSetPdr> fruRecordSets() {
        return records.stream().filter(FruRecordSetPdr.class::isInstance).map(FruRecordSetPdr.class::cast).toList();
    }

    public List<EntityAssociationPdr> entityAssociations() {
        return records.stream().filter(EntityAssociationPdr.class::isInstance).map(EntityAssociationPdr.class::cast).toList();
    }

    public Optional<NumericSensorPdr> numericSensor(int sensorId) {
        return numericSensors().stream().filter(p -> p.sensorId() == sensorId).findFirst();
    }

    /** The entities that carry a numeric or state sensor or a FRU record set, in repository order. */
    public List<EntityId> describedEntities() {
        List<EntityId> owners = new ArrayList<>();
        numericSensors().forEach(p -> owners.add(p.entity()));
        stateSensors().forEach(p -> owners.add(p.entity()));
        fruRecordSets().forEach(p -> owners.add(p.entity()));
        return owners.stream().distinct().toList();
    }

    /** Whether some entity association lists {@code entity} as contained (so it is not the terminus's top entity). */
    public boolean isContained(EntityId entity) {
        return entityAssociations().stream().anyMatch(a -> a.contained().contains(entity));
    }
}
