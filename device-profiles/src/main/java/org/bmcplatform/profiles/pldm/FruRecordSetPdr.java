package org.bmcplatform.profiles.pldm;

/**
 * FRU Record Set PDR, PDR type 20 (DSP0248 "FRU Record Set PDR format"): PLDMTerminusHandle u16,
 * FRURecordSetIdentifier u16, entityType u16, entityInstanceNumber u16, containerID u16. Ties a FRU
 * record set (DSP0257) to the entity it describes.
 */
public record FruRecordSetPdr(PdrHeader header, int terminusHandle, int fruRecordSetId, EntityId entity) implements Pdr {
    public FruRecordSetPdr {
        WireRange.required(header, "PDR header");
        WireRange.unsigned(terminusHandle, 16, "PLDM terminus handle");
        WireRange.unsigned(fruRecordSetId, 16, "FRU record set identifier");
        WireRange.required(entity, "entity");
    }

    @Override
    public PdrType type() {
        return PdrType.FRU_RECORD_SET;
    }

    void writeBody(WireWriter w) {
        w.u16(terminusHandle).u16(fruRecordSetId);
        entity.write(w);
    }

    static FruRecordSetPdr readBody(PdrHeader header, WireReader r) {
        int terminus = r.u16("PLDMTerminusHandle");
        int setId = r.u16("FRURecordSetIdentifier");
        return new FruRecordSetPdr(header, terminus, setId, EntityId.read(r, "entity"));
    }
}
