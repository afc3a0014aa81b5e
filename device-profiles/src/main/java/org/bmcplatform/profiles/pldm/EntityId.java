package org.bmcplatform.profiles.pldm;

/**
 * The PLDM entity identification triple used throughout the PDRs (DSP0248 "Entity identification";
 * entity type codes from DSP0249): entityType u16 (e.g. 144 network controller, 68 add-in card,
 * 107 hard drive), entityInstanceNumber u16, containerID u16 (0 = the overall system).
 */
public record EntityId(int entityType, int entityInstance, int containerId) {
    public EntityId {
        WireRange.unsigned(entityType, 16, "entity type");
        WireRange.unsigned(entityInstance, 16, "entity instance number");
        WireRange.unsigned(containerId, 16, "container ID");
    }

    void write(WireWriter w) {
        w.u16(entityType).u16(entityInstance).u16(containerId);
    }

    static EntityId read(WireReader r, String field) {
        int type = r.u16(field + ".entityType");
        int instance = r.u16(field + ".entityInstanceNumber");
        return new EntityId(type, instance, r.u16(field + ".containerID"));
    }
}
