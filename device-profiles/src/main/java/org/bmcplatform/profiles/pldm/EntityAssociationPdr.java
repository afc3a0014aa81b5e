package org.bmcplatform.profiles.pldm;

import java.util.ArrayList;
import java.util.List;

/**
 * Entity Association PDR, PDR type 15 (DSP0248 "Entity Association PDR format"): containerID u16
 * (the ID the contained entities use), containerEntityAssociationType u8 (0 physical-to-physical
 * containment, 1 logical containment), the container entity's type, instance and container ID,
 * containedEntityCount u8 (implicit), then each contained entity's triple. This is how an HBA lists
 * the drives behind it.
 */
public record EntityAssociationPdr(PdrHeader header, int containerId, int associationType, EntityId container,
        List<EntityId> contained) implements Pdr {
    public static final int PHYSICAL = 0;
    public static final int LOGICAL = 1;

    public EntityAssociationPdr {
        WireRange.required(header, "PDR header");
        WireRange.unsigned(containerId, 16, "container ID");
        WireRange.unsigned(associationType, 8, "association type");
        WireRange.required(container, "container entity");
        contained = List.copyOf(WireRange.required(contained, "contained entities"));
        WireRange.unsigned(contained.size(), 8, "contained entity count");
    }

    @Override
    public PdrType type() {
        return PdrType.ENTITY_ASSOCIATION;
    }

    void writeBody(WireWriter w) {
        w.u16(containerId).u8(associationType);
        container.write(w);
        w.u8(contained.size());
        for (EntityId e : contained) {
            e.write(w);
        }
    }

    static EntityAssociationPdr readBody(PdrHeader header, WireReader r) {
        int containerId = r.u16("containerID");
        int association = r.u8("containerEntityAssociationType");
        EntityId container = EntityId.read(r, "containerEntity");
        int count = r.u8("containedEntityCount");
        List<EntityId> contained = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            contained.add(EntityId.read(r, "containedEntity[" + i + "]"));
        }
        return new EntityAssociationPdr(header, containerId, association, container, contained);
    }
}
